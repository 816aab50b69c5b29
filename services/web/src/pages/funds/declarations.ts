/**
 * Declared contributions (the funds service's declaration.routes.ts): what residents and
 * funders say they gave, until a coordinator finds it on the bank statement.
 */
import type { BankStatementMatchResponse, DeclarationResponse, Page } from '@fabrique/contracts';
import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { api } from '../../api/client.js';
import { fundPath, keys } from './api.js';

export type Declaration = DeclarationResponse;
export type DeclarationStatus = Declaration['status'];
export type StatementResult = BankStatementMatchResponse;
export type LineOutcome = StatementResult['lines'][number]['outcome'];

/** Coordinators get the fund's declarations; anyone else their own (newest first here). */
export async function fetchDeclarations(fundId: string): Promise<Declaration[]> {
  const page = await api<Page<Declaration>>(`${fundPath(fundId)}/declarations?limit=500`);
  return [...page.items].reverse();
}

/** Confirming or rejecting changes the declarations, and (confirmed) the public figures. */
export function useDecideDeclaration(fundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ declaration, reason }: { declaration: Declaration; reason?: string }) =>
      api<Declaration>(
        `${fundPath(fundId)}/declarations/${encodeURIComponent(declaration.id)}/${reason === undefined ? 'confirm' : 'reject'}`,
        { method: 'POST', body: reason === undefined ? {} : { reason } },
      ),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.fund(fundId) }),
  });
}

/** A bank statement matched (apply: false) or its matches confirmed (apply: true). */
export function useBankStatement(fundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, apply }: { csv: string; apply: boolean }) =>
      api<StatementResult>(`${fundPath(fundId)}/bank-statements?apply=${apply}`, {
        method: 'POST',
        csv,
      }),
    onSuccess: (result) => {
      if (result.applied) void client.invalidateQueries({ queryKey: keys.fund(fundId) });
    },
  });
}
