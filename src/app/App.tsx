import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { LanguageCode } from '../languages.ts';
import { Chooser } from './components/Chooser.tsx';
import { NotFound } from './components/NotFound.tsx';
import { Reader } from './components/Reader.tsx';
import type { DocumentOutline, LanguageData } from './locale-data.ts';
import type { Route } from './routes.ts';
import { useLanguage, type LanguageState, type Loader } from './use-language.ts';

export interface AppProps {
  readonly i18n: i18n;
  readonly route: Route;
  readonly document: DocumentOutline;
  readonly initial: LanguageState;
  readonly loaded: ReadonlyMap<LanguageCode, LanguageData>;
  readonly load?: Loader;
  readonly siteUrl: string;
}

function ReaderRoute(props: AppProps) {
  const controls = useLanguage(props.i18n, props.initial, props.loaded, props.load);
  return <Reader document={props.document} controls={controls} siteUrl={props.siteUrl} />;
}

export function App(props: AppProps) {
  return (
    <I18nextProvider i18n={props.i18n}>
      {props.route.kind === 'reader' ? <ReaderRoute {...props} /> : props.route.kind === 'root' ? <Chooser /> : <NotFound />}
    </I18nextProvider>
  );
}
