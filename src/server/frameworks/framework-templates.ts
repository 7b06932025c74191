// The national framework files shipped in /frameworks (JSON, see frameworks/README.md), read at
// run time and offered as templates a tenant copies; they are never stored as shared rows, so
// every framework a tenant scores against is its own.
import { readdir, readFile } from 'node:fs/promises';
import type { Framework } from '@domain/frameworks/framework';
import { fromPackageRoot } from '../package-root';

const TEMPLATES_FOLDER = `${fromPackageRoot('frameworks')}/`;

/** A shipped framework and the key (file name without .json) that names it. */
export interface FrameworkTemplateFile {
  key: string;
  framework: Framework;
}

async function listTemplateKeys(): Promise<string[]> {
  const names = await readdir(TEMPLATES_FOLDER);
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

async function readTemplate(key: string): Promise<FrameworkTemplateFile> {
  const text = await readFile(`${TEMPLATES_FOLDER}${key}.json`, 'utf8');
  return { key, framework: JSON.parse(text) as Framework };
}

/** Every shipped framework, by file name. */
export async function listFrameworkTemplates(): Promise<FrameworkTemplateFile[]> {
  return Promise.all((await listTemplateKeys()).map(readTemplate));
}

/** One shipped framework, or null when no file has that key (keys are looked up, never joined into paths blindly). */
export async function findFrameworkTemplate(key: string): Promise<FrameworkTemplateFile | null> {
  return (await listTemplateKeys()).includes(key) ? readTemplate(key) : null;
}
