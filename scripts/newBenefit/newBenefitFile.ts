import { AUDIENCE_IDS, AUDIENCE_LABELS } from '../../src/lib/content/audiences.ts';
import { BENEFIT_ICON_NAMES } from '../../src/lib/icons/benefitIcons.ts';

/** The file name (and address) for a title: "Mentoring & Leadership!" → "mentoring-and-leadership". */
export function slugFor(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A new benefit page that passes the schema as it stands, every field filled
 * with a placeholder that says what to write, and `draft: true` so nothing is
 * published until an editor has written it.
 */
export function newBenefitFile(title: string, today: Date): string {
  const quoted = JSON.stringify(title.trim());
  return `---
# New benefit page. Replace every placeholder, then set draft to false.
# The editors' guide (content/README.md) explains each field.
title: ${quoted}
description: Replace with one or two sentences, 50 to 160 characters, for search engines and link previews.
summary: Replace with one line for the cards on the home page.
lead: Replace with the opening paragraph that says why this benefit matters to the reader.
order: 100
# One of: ${BENEFIT_ICON_NAMES.join(', ')}
icon: ${BENEFIT_ICON_NAMES[0]}
# Who it matters to most; remove the ones it does not suit.
audiences:
${AUDIENCE_IDS.map((id) => `  - ${id}`).join('\n')}
keyPoints:
  - Replace with the first key point, as one short sentence.
  - Replace with the second key point, as one short sentence.
# One sentence for each audience above, shown on that audience's page.
whyItMatters:
${AUDIENCE_IDS.map((id) => `  ${id}: Replace with one sentence on why it matters to ${AUDIENCE_LABELS[id].toLowerCase()}.`).join('\n')}
# One sentence as "I", for the letter that asks an employer to pay.
caseForEmployer: Replace with one sentence on what your library gains when you use this benefit.
related: []
lastReviewed: ${today.toISOString().slice(0, 10)}
reviewEveryMonths: 12
draft: true
# Other words a visitor may search for, only for what this page covers, one per line starting with "- ".
searchTerms: []
---

## Why it matters

Replace with a few short paragraphs. Write to the reader as "you".

## How to get started

1. Replace with the first step.
2. Replace with the second step.
`;
}
