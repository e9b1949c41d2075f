import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Light theme tuned for WCAG 2.1 AA: shade 8 of blue gives white text 5:1, and the
 * grays Mantine uses for dimmed text, placeholders and errors are darkened to 4.5:1 or more.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Outline buttons sit on striped table rows too, where red-8 drops below 4.5:1.
    '--mantine-color-red-outline': 'var(--mantine-color-red-9)',
    // Subtle and light buttons hover on shade 2, where their shade-9 text falls to 4:1; use shade 1.
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
    '--mantine-color-red-light-hover': 'var(--mantine-color-red-1)',
    '--mantine-color-gray-light-hover': 'var(--mantine-color-gray-1)',
    '--mantine-color-green-light-color': '#1e6b30',
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-yellow-light-color': '#7a4300',
    '--mantine-color-orange-light-color': '#9a3b00',
  },
  dark: {},
});
