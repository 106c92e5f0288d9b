import { emptyItem, type ValueInput } from '../../src/lib/valueCalculator/valueInput.ts';

/** The calculator's fields as they start (three empty rows, in US dollars), with `change` typed over them. */
export const startingValueInput = (change: Partial<ValueInput> = {}): ValueInput => ({
  currency: 'USD',
  dues: '',
  employer: '',
  items: [emptyItem('conference'), emptyItem('course'), emptyItem('webinar')],
  ...change,
});
