const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The inbox an address reaches, for counting mail sent to it: `name+tag@`
 * reaches `name@` at most providers, and Gmail also ignores dots and treats
 * googlemail.com as gmail.com. Only for counting; mail goes to the address as
 * typed. Over-merging a rare provider that keeps `+` literally only shares a
 * limit, which is the safe way round.
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  // A leading `+` has no name in front of it to belong to, so it is the name.
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
