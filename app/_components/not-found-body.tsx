import { IntentLink as Link } from './intent-link';

/** What a 404 says, in whichever document renders it (a language's layout, or the global one). */
export function NotFoundBody({ title, lede, pick }: { title: string; lede: string; pick: string }) {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p className="lede">{lede}</p>
      <p>
        <Link className="button button-primary" href="/">
          {pick}
        </Link>
      </p>
    </>
  );
}
