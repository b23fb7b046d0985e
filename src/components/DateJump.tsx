// "Jump to a date": a GET form whose date field becomes `?before=YYYY-MM-DD` on the list's own URL.
import { useId } from 'react';
import { Form } from 'react-router';
import { archive as words } from '#words/archive';

export function DateJump({ action, value }: { action: string; value: string }) {
  const inputId = useId();
  return (
    <Form method="get" action={action} className="date-jump" key={value}>
      <label htmlFor={inputId}>{words.jump}</label>
      <input id={inputId} type="date" name="before" defaultValue={value} min="2000-01-01" max="2099-12-31" required />
      <button type="submit">{words.go}</button>
    </Form>
  );
}
