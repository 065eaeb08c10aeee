/**
 * The servers Vipps MobilePay publishes. Callbacks come from the production, disaster-recovery and
 * test servers; the API hostnames are offered for merchants that also restrict outbound traffic.
 * Vipps publishes hostnames only and changes the servers behind them about every three months.
 */
export const PRESET_ENVIRONMENTS: Readonly<Record<string, readonly string[]>> = {
  production: ['callback-1.vipps.no', 'callback-2.vipps.no', 'callback-3.vipps.no', 'callback-4.vipps.no'],
  'disaster-recovery': ['callback-dr-1.vipps.no', 'callback-dr-2.vipps.no', 'callback-dr-3.vipps.no', 'callback-dr-4.vipps.no'],
  test: ['callback-mt-1.vipps.no', 'callback-mt-2.vipps.no'],
  'api-production': ['api.vipps.no'],
  'api-test': ['apitest.vipps.no'],
};

export const DEFAULT_ENVIRONMENTS = ['production', 'disaster-recovery', 'test'] as const;
