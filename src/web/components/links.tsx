import { Anchor, Button, NavLink, type AnchorProps, type ButtonProps, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

/** Mantine-styled links that keep TanStack Router's typed `to`, `params` and `search`. */
function MantineAnchor(props: AnchorProps & Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>) {
  return <Anchor component="a" {...props} />;
}
export const AnchorLink = createLink(MantineAnchor);

function MantineNavLink(props: NavLinkProps & Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>) {
  return <NavLink component="a" {...props} />;
}
export const NavItemLink = createLink(MantineNavLink);

function MantineButtonAnchor(props: ButtonProps & Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>) {
  return <Button component="a" {...props} />;
}
/** A link that looks like a button, for a page's main way onward (e.g. "Ny stödenkät"). */
export const ButtonLink = createLink(MantineButtonAnchor);
