import { useQuery } from '@tanstack/react-query';
import { meQuery, type Me } from '../api/me';

/**
 * The signed-in person. Pages under the app shell can rely on it: the shell's route guard
 * loads it before rendering and sends everyone without a session to /login.
 */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useMe() used outside the signed-in part of the app');
  return data;
}
