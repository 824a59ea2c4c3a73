import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const useInvitation = (token: string) =>
  useQuery({ queryKey: ['invitation', token], queryFn: () => unwrap(api.GET('/api/v1/auth/invitations/{token}', { params: { path: { token } } })), retry: false });

export const useAcceptInvitation = () =>
  useMutation({ mutationFn: (body: { token: string; screenName: string; password: string }) => unwrap(api.POST('/api/v1/auth/invitations/accept', { body })) });

export const useRequestPasswordReset = () =>
  useMutation({ mutationFn: (body: { school: string; screenNameOrEmail: string }) => unwrap(api.POST('/api/v1/auth/password-reset', { body })) });

export const useResetLink = (token: string) =>
  useQuery({ queryKey: ['reset-link', token], queryFn: () => unwrap(api.GET('/api/v1/auth/password-reset/{token}', { params: { path: { token } } })), retry: false });

export const useConfirmPasswordReset = () =>
  useMutation({ mutationFn: (body: { token: string; newPassword: string }) => unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body })) });
