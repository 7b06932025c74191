/** Turns any error into the sentence to show: the API's Vietnamese message, or a client-side one. */
import type { TFunction } from 'i18next';
import { ApiRequestError, CLIENT_ERROR_CODES } from './api-client';

/** The API writes its messages for people; the client only words failures it detected itself. */
export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiRequestError)) return t('errors.unknown');
  switch (error.code) {
    case CLIENT_ERROR_CODES.network:
      return t('errors.NETWORK_ERROR');
    case CLIENT_ERROR_CODES.invalidResponse:
      return t('errors.INVALID_RESPONSE');
    case CLIENT_ERROR_CODES.unexpectedResponse:
      return t('errors.UNEXPECTED_RESPONSE', { status: error.status });
    default:
      return error.message;
  }
}
