/** Chọn tệp: a one-file drop zone whose file is sent by the caller (a dry-run check first), not by antd's uploader. */
import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';

interface FileDropProps {
  file: File | null;
  accept: string;
  hint: string;
  disabled: boolean;
  onPick: (file: File) => void;
  onRemove: () => void;
}

export function FileDrop({ file, accept, hint, disabled, onPick, onRemove }: FileDropProps) {
  return (
    <Upload.Dragger
      accept={accept}
      maxCount={1}
      disabled={disabled}
      fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
      beforeUpload={(picked) => {
        onPick(picked);
        return false;
      }}
      onRemove={onRemove}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{hint}</p>
    </Upload.Dragger>
  );
}
