import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit handler that sends the form to a useActionState action without React's automatic
 * reset of uncontrolled fields, so a refused save keeps what was typed (the success path
 * remounts the form itself when it should start empty).
 */
export function keepValuesOnSubmit(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
}
