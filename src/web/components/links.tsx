import { Anchor, NavLink, type AnchorProps, type NavLinkProps } from '@mantine/core';
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
