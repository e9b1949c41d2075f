import { Badge, type BadgeProps } from '@mantine/core';
import { aspectLabels, aspects, type Aspect } from '../../../shared/classification/aspects';
import { formatProfile, type Profile } from '../../../shared/classification/profile';
import { useLabel } from '../../i18n';

interface ProfileBadgeProps extends Omit<BadgeProps, 'children'> {
  /** A profile, or anything carrying the four levels (a classification summary). */
  profile: Profile | Record<Aspect, number>;
}

/**
 * A classification profile as the compact `K2-R2-T3-S1`. Screen readers hear the aspects spelled
 * out ("Konfidentialitet 2, Riktighet 2, …") instead of the letter soup.
 */
export function ProfileBadge({ profile, ...props }: ProfileBadgeProps) {
  const label = useLabel();
  const spoken = aspects.map((aspect) => `${label(aspectLabels[aspect])} ${profile[aspect]}`).join(', ');
  return (
    <Badge variant="light" color="gray" tt="none" radius="sm" title={spoken} style={{ overflow: 'visible', fontVariantNumeric: 'tabular-nums' }} {...props}>
      <span aria-hidden="true">{formatProfile(profile as Profile)}</span>
      <span className="varn-visually-hidden">{spoken}</span>
    </Badge>
  );
}
