import type { JSX } from 'preact';

type ButtonProps = JSX.ButtonHTMLAttributes<HTMLButtonElement> & {
  /** While true the button says so (aria-busy) and cannot be pressed again. */
  pending?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
  type?: 'button' | 'submit';
};

export function Button({
  pending,
  variant = 'primary',
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={`button button--${variant}`}
      disabled={pending || rest.disabled}
      aria-busy={pending ? true : undefined}
    >
      {children}
    </button>
  );
}
