// Sample data for the demo and the benchmark: the preset hosts with addresses like the ones Vipps
// MobilePay's own documentation shows. Not live data.
export const SAMPLE_ZONE = {
  'callback-1.vipps.no': { A: ['104.45.17.199'], AAAA: ['2603:1020:201:10::10f'] },
  'callback-2.vipps.no': { A: ['104.45.28.230'] },
  'callback-3.vipps.no': { A: ['104.45.17.199'] },
  'callback-4.vipps.no': { A: ['104.45.28.230'] },
  'callback-dr-1.vipps.no': { A: ['13.79.229.87'] },
  'callback-dr-2.vipps.no': { A: ['13.79.231.118'] },
  'callback-dr-3.vipps.no': { A: ['13.79.229.87'] },
  'callback-dr-4.vipps.no': { A: ['13.79.231.118'] },
  'callback-mt-1.vipps.no': { A: ['104.40.249.200'] },
  'callback-mt-2.vipps.no': { A: ['104.40.250.173'] },
  'api.vipps.no': { CNAME: 'vipps-api.trafficmanager.net' },
  'vipps-api.trafficmanager.net': { A: ['20.100.0.15'] },
  'apitest.vipps.no': { CNAME: 'vipps-apitest.trafficmanager.net' },
  'vipps-apitest.trafficmanager.net': { A: ['20.100.0.16'] },
};

/**
 * The same hosts on a DNS server that never answers.
 * @type {Record<string, { fault: 'silent' }>}
 */
export const SILENT_ZONE = Object.fromEntries(Object.keys(SAMPLE_ZONE).map((name) => [name, { fault: 'silent' }]));
