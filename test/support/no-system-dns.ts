import dns from 'node:dns';

// Tests must name their DNS server; the machine's resolver is not theirs to query.
dns.setServers(['127.0.0.1:9']);
