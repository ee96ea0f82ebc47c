import { useEffect } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { Chooser } from './components/Chooser.tsx';
import { Compare } from './components/Compare.tsx';
import { NotFound } from './components/NotFound.tsx';
import { Reader } from './components/Reader.tsx';
import { Review } from './components/Review.tsx';
import type { DocumentOutline, LanguageData } from '../core/wire/locale-data.ts';
import { PdfContext } from './pdf.ts';
import type { ReviewData } from '../core/wire/review-data.ts';
import type { AlignmentData } from '../core/wire/alignment-data.ts';
import type { Route } from './routes.ts';
import { useLanguage, type LanguageState, type Loader } from './use-language.ts';

export interface AppProps {
  readonly i18n: i18n;
  readonly route: Route;
  readonly document: DocumentOutline;
  readonly initial: LanguageState;
  readonly loaded: ReadonlyMap<LanguageCode, LanguageData>;
  /** Languages of the route whose data could not be loaded (shown in English, with a notice). */
  readonly unavailable: readonly LanguageCode[];
  readonly load?: Loader;
  readonly siteUrl: string;
  /** The review route's data. */
  readonly review?: ReviewData;
  /** The comparison's sentence alignment. */
  readonly alignment?: AlignmentData;
  /** The PDFs the build holds (site paths; the prerendered page lists them in its head). */
  readonly pdfs?: ReadonlySet<string>;
}

function ReaderRoute(props: AppProps) {
  const controls = useLanguage(props.i18n, props.initial, props.loaded, props.load);
  return <Reader document={props.document} controls={controls} siteUrl={props.siteUrl} />;
}

function RouteView(props: AppProps) {
  const { route } = props;
  switch (route.kind) {
    case 'reader':
      return <ReaderRoute {...props} />;
    case 'compare':
      return (
        <Compare
          document={props.document}
          languages={route.languages}
          loaded={props.loaded}
          unavailable={props.unavailable}
          siteUrl={props.siteUrl}
          {...(props.alignment ? { alignment: props.alignment } : {})}
        />
      );
    case 'review':
      return props.review ? (
        <Review language={route.language} data={props.review} document={props.document} siteUrl={props.siteUrl} />
      ) : (
        <NotFound document={props.document} languages={[route.language]} />
      );
    case 'root':
      return <Chooser document={props.document} />;
    case 'not-found':
      return <NotFound document={props.document} languages={route.language ? [route.language] : LANGUAGE_CODES} />;
  }
}

const NO_PDFS: ReadonlySet<string> = new Set();

export function App(props: AppProps) {
  // Says the app has committed and run its effects: its listeners are in place (the browser tests wait for it).
  useEffect(() => {
    document.documentElement.dataset['app'] = 'ready';
  }, []);
  return (
    <I18nextProvider i18n={props.i18n}>
      <PdfContext.Provider value={props.pdfs ?? NO_PDFS}>
        <RouteView {...props} />
      </PdfContext.Provider>
    </I18nextProvider>
  );
}
