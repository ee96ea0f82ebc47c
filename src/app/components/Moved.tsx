import { useUiText } from '../ui-text.tsx';

/**
 * A comparison's address with its languages in another order (`/da/compare/sv/en/`): a static host has no
 * redirects, so this tiny page leads to the one address (its script keeps the `#paragraph`; without
 * scripts the page's refresh and this link do).
 */
export function Moved({ to }: { readonly to: string }) {
  const ui = useUiText();
  return (
    <main id="main" className="page narrow">
      <h1>{ui.t('moved.title', { defaultValue: 'This comparison is at another address' })}</h1>
      <p>
        <a href={to}>{ui.t('moved.link', { defaultValue: 'Go to the comparison' })}</a>
      </p>
    </main>
  );
}
