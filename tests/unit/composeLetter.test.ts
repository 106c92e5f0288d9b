import { describe, expect, test } from 'vitest';
import {
  composeLetter,
  letterDefaults,
  letterFileName,
  letterSubject,
  type LetterWords,
} from '../../src/lib/letter/composeLetter.ts';
import { letterWords } from '../support/siteText.ts';

/* The letter's words are content (content/site/letter.yaml); these tests read them as the site does. */
const words = letterWords();

/* The arguments of two benefits, conferences and training. */
const reasons = ['I would meet staff from libraries across our area.', 'I would keep my skills up to date.'];

describe('composeLetter', () => {
  test('an empty form gives a complete template with every blank in brackets', () => {
    const letter = composeLetter(words, {}, []);
    expect(letter).toContain('Subject: Request: funding for my membership of [name of the association]');
    expect(letter).toContain("Dear [your manager's name],");
    expect(letter).toContain(
      'I would like to ask [name of your library] to pay for my membership of [name of the association] for the coming year.',
    );
    expect(letter).toContain('The cost is [the cost, as the association gives it].');
    expect(letter).toContain('- [the reasons that matter most to you and your library]');
    expect(letter).toContain('As a member, I plan to [what you plan to bring back to your team');
    expect(letter).toMatch(/Kind regards,\n\n\[your name\]\n\[your role\]$/);
    expect(letter).not.toMatch(/undefined|null|\{|\}/);
  });

  test('a filled form reads as a polite, finished letter with the chosen arguments in order', () => {
    const letter = composeLetter(
      words,
      {
        name: 'Sam Reader',
        role: 'library assistant',
        library: 'Riverside Library',
        manager: 'Alex',
        association: 'the County Library Association',
        request: 'conference',
        event: 'the spring conference',
        cost: '150 dollars',
        bringBack: 'I will share what I learn at a team meeting',
      },
      reasons,
    );
    expect(letter).toContain('Subject: Request: funding to attend the spring conference');
    expect(letter).toContain('Dear Alex,');
    expect(letter).toContain(
      'I would like to ask Riverside Library to pay for me to attend the spring conference, run by the County Library Association. The cost is 150 dollars.',
    );
    expect(letter).toContain('In my role as library assistant, I believe');
    expect(letter).toContain(
      '- I would meet staff from libraries across our area.\n- I would keep my skills up to date.',
    );
    expect(letter).toContain('When I come back, I plan to share what I learn at a team meeting.');
    expect(letter).toMatch(/Sam Reader\nlibrary assistant$/);
    expect(letter).not.toContain('[');
  });

  test.each([
    ['I will share what I learn', 'I plan to share what I learn.'],
    ['I’ll share what I learn', 'I plan to share what I learn.'],
    ["I'll share what I learn", 'I plan to share what I learn.'],
    ['I can run a short session', 'I plan to run a short session.'],
    ['I plan to run a short session', 'I plan to run a short session.'],
    ['Share what I learn', 'I plan to share what I learn.'],
    ['Run a short IT session for the team', 'I plan to run a short IT session for the team.'],
  ])('"%s" follows "I plan to" as one sentence', (bringBack, sentence) => {
    expect(composeLetter(words, { request: 'conference', bringBack }, [])).toContain(`When I come back, ${sentence}`);
  });

  test('a course request names the course; a membership request needs no event', () => {
    expect(composeLetter(words, { request: 'course' }, [])).toContain('to pay for me to take [name of the course]');
    expect(letterSubject(words, { request: 'course', event: 'Cataloging basics' })).toBe(
      'Request: funding for Cataloging basics',
    );
    expect(composeLetter(words, { request: 'membership', event: 'ignored' }, [])).not.toContain('ignored');
  });

  test('line breaks and long text in a one-line field cannot break the letter apart', () => {
    const letter = composeLetter(words, { name: 'Sam\n\nReader', library: 'x'.repeat(1000) }, []);
    expect(letter).toContain('Sam Reader');
    expect(letter).not.toContain('x'.repeat(301));
  });

  test('curly brackets a visitor types stay as typed, and are not filled in again', () => {
    const letter = composeLetter(words, { library: '{role}', role: 'manager' }, []);
    expect(letter).toContain('I would like to ask {role} to pay for');
  });

  test('the letter is the editors’ words: a changed template changes the letter', () => {
    const own: LetterWords = {
      ...words,
      letter: 'Hello {manager},\r\n\r\nPlease pay for {request}.\r\n\r\n{reasons}\r\n\r\n{name}\r\n',
    };
    expect(composeLetter(own, { manager: 'Alex', name: 'Sam' }, reasons)).toBe(
      'Hello Alex,\n\nPlease pay for my membership of [name of the association] for the coming year.\n\n- I would meet staff from libraries across our area.\n- I would keep my skills up to date.\n\nSam',
    );
  });
});

describe('on an association’s own site', () => {
  const name = 'Example Valley Library Association';
  const conference = { title: 'Spring Conference 2027', dates: 'April 15 – 16, 2027' };
  const defaults = letterDefaults(words, name, conference);

  test('names the conference in the editors’ words, with its dates', () => {
    expect(defaults).toEqual({ association: name, conference: 'Spring Conference 2027 (April 15 – 16, 2027)' });
    const own: LetterWords = { ...words, association: { nextConference: 'the {conference}, on {dates}' } };
    expect(letterDefaults(own, name, conference).conference).toBe('the Spring Conference 2027, on April 15 – 16, 2027');
    expect(letterDefaults(words, name)).toEqual({ association: name, conference: undefined });
  });

  test('the association and its conference fill what the visitor leaves empty', () => {
    const template = composeLetter(words, {}, [], defaults);
    expect(template).toContain(`Subject: Request: funding for my membership of ${name}`);
    expect(template).toContain(`to pay for my membership of ${name} for the coming year.`);
    expect(template).not.toContain('[name of the association]');
    const asked = composeLetter(words, { request: 'conference' }, [], defaults);
    expect(asked).toContain('Subject: Request: funding to attend Spring Conference 2027 (April 15 – 16, 2027)');
    expect(asked).toContain(`to pay for me to attend Spring Conference 2027 (April 15 – 16, 2027), run by ${name}.`);
  });

  test('what the visitor types comes first, and a course is never taken for the conference', () => {
    const typed = composeLetter(
      words,
      { request: 'conference', association: 'OLA', event: 'the OLA summit' },
      [],
      defaults,
    );
    expect(typed).toContain('to pay for me to attend the OLA summit, run by OLA.');
    expect(typed).not.toContain(name);
    expect(composeLetter(words, { request: 'course' }, [], defaults)).toContain(
      `to pay for me to take [name of the course], run by ${name}.`,
    );
  });

  test('without an association, the letter is the general guide’s', () => {
    expect(composeLetter(words, { request: 'conference' }, [], {})).toBe(
      composeLetter(words, { request: 'conference' }, []),
    );
    expect(composeLetter(words, {}, [])).toContain('my membership of [name of the association]');
  });
});

test.each([
  [{ name: 'Zoë O’Brien' }, 'letter-to-employer-zoe-o-brien.txt'],
  [{ name: '' }, 'letter-to-employer.txt'],
  [{ name: '../../etc' }, 'letter-to-employer-etc.txt'],
])('names the download file safely: %j', (fields, name) => {
  expect(letterFileName(fields)).toBe(name);
});
