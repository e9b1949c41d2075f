import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';
import { problemMessage } from './problem';

const closeButtonProps = () => ({ 'aria-label': i18n.t('common.close') });

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', title: i18n.t('common.done'), message, closeButtonProps: closeButtonProps() });
}

export function notifyFailure(error: unknown): void {
  notifications.show({
    color: 'red',
    title: i18n.t('errors.heading'),
    message: problemMessage(error),
    autoClose: 10_000,
    closeButtonProps: closeButtonProps(),
  });
}
