/** Error state of a form modal: field messages go on the fields, anything else to a banner. */
import { useState } from 'react';
import type { FormInstance } from 'antd';
import { showFieldErrors } from './form-errors';

export function useFormError(form: FormInstance, formFields: readonly string[]) {
  const [bannerError, setBannerError] = useState<unknown>(null);
  return {
    /** The error to show above the buttons, or null. */
    bannerError,
    clearError: () => setBannerError(null),
    reportError: (error: unknown) => {
      setBannerError(showFieldErrors(form, error, formFields) ? null : error);
    },
  };
}
