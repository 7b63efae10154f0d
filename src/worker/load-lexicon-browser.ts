// Dictionaries for the browser: hashed .aff/.dic assets fetched on demand, never inlined in the bundle.
import { createHunspellLexicon, type Lexicon } from '../core/index.ts';
import deAff from 'dict-de/index.aff?url';
import deDic from 'dict-de/index.dic?url';
import enAff from 'dict-en/index.aff?url';
import enDic from 'dict-en/index.dic?url';
import esAff from 'dict-es/index.aff?url';
import esDic from 'dict-es/index.dic?url';
import frAff from 'dict-fr/index.aff?url';
import frDic from 'dict-fr/index.dic?url';

const DICTIONARIES: Partial<Record<string, { aff: string; dic: string }>> = {
  de: { aff: deAff, dic: deDic },
  en: { aff: enAff, dic: enDic },
  es: { aff: esAff, dic: esDic },
  fr: { aff: frAff, dic: frDic },
};

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load dictionary file ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadLexiconInBrowser(lang: string): Promise<Lexicon | undefined> {
  const files = DICTIONARIES[lang];
  if (!files) return undefined;
  const [aff, dic] = await Promise.all([fetchBytes(files.aff), fetchBytes(files.dic)]);
  return createHunspellLexicon(lang, aff, dic);
}
