import type { ComponentType, JSX } from 'react';
import type { Permission } from '../../shared/permissions';
import { NoAccess } from '../components/NoAccess';
import { hasPermission } from './access';
import { useMe } from './useMe';

/** Wraps a page so that someone without `permission` gets an honest "no access" page. */
export function requirePermission(permission: Permission, Page: ComponentType): () => JSX.Element {
  function Guarded() {
    const me = useMe();
    return hasPermission(me, permission) ? <Page /> : <NoAccess />;
  }
  Guarded.displayName = `requirePermission(${permission})`;
  return Guarded;
}
