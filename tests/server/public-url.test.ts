/**
 * The join link printed and put in every QR code when PUBLIC_URL is not set:
 * the address of the interface with the default route, on the machines people
 * bring to a room, and on this one.
 */
import { createSocket } from 'node:dgram';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { describe, expect, test } from 'vitest';
import {
  chooseLanAddress,
  derivePublicUrl,
  parseRoutes,
  parseRoutes6,
  readNetworkView,
  type NetworkView,
} from '../../server/public-url.js';
import { createEvent } from '../support/http.js';
import { startTestServer } from '../support/server.js';

function v4(address: string, netmask = '255.255.255.0'): NetworkInterfaceInfo {
  return {
    address,
    netmask,
    family: 'IPv4',
    mac: '02:00:00:00:00:01',
    internal: false,
    cidr: null,
  };
}
function v6(address: string, scopeid = 0): NetworkInterfaceInfo {
  return {
    address,
    netmask: 'ffff:ffff:ffff:ffff::',
    family: 'IPv6',
    mac: '02:00:00:00:00:01',
    internal: false,
    cidr: null,
    scopeid,
  };
}
const lo = [
  { ...v4('127.0.0.1', '255.0.0.0'), internal: true },
  { ...v6('::1'), internal: true },
];

/** /proc/net/route's header, then one line per route (fields in hex). */
const ROUTE_HEADER =
  'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';
const route = (
  iface: string,
  dest: string,
  gw: string,
  flags: string,
  metric: number,
  mask: string,
) => `${iface}\t${dest}\t${gw}\t${flags}\t0\t0\t${metric}\t${mask}\t0\t0\t0`;

describe('a laptop at the venue', () => {
  // Docker running: docker0 and a compose network come before the Wi-Fi.
  const interfaces = {
    lo,
    docker0: [v4('172.17.0.1', '255.255.0.0')],
    'br-5f2c1a9e0b7d': [v4('172.18.0.1', '255.255.0.0')],
    wlp2s0: [v4('192.168.1.20'), v6('fe80::1c2b:3cff:fe4d:5e6f', 3)],
    veth3a1b2c4: [v6('fe80::a8e1:4dff:fe11:2233', 7)],
  };
  // NetworkManager's table with Docker's bridges: only wlp2s0 goes out.
  const routes = [
    ROUTE_HEADER,
    route('wlp2s0', '00000000', '0101A8C0', '0003', 600, '00000000'),
    route('docker0', '000011AC', '00000000', '0001', 0, '0000FFFF'),
    route('br-5f2c1a9e0b7d', '000012AC', '00000000', '0001', 0, '0000FFFF'),
    route('wlp2s0', '0001A8C0', '00000000', '0001', 600, '00FFFFFF'),
  ].join('\n');

  test('is reached on the Wi-Fi that carries the default route, not on a Docker bridge', () => {
    const view = { interfaces, defaultRoutes: parseRoutes(routes), defaultRoutes6: [] };
    expect(view.defaultRoutes).toEqual(['wlp2s0']);
    expect(chooseLanAddress(view)).toBe('192.168.1.20');
    expect(derivePublicUrl('0.0.0.0', 3000, view)).toBe('http://192.168.1.20:3000');
  });

  test('on cable and Wi-Fi at once: the route with the lowest metric (the cable)', () => {
    const both = [
      ROUTE_HEADER,
      route('wlp2s0', '00000000', '0101A8C0', '0003', 600, '00000000'),
      route('enp0s31f6', '00000000', '010010AC', '0003', 100, '00000000'),
    ].join('\n');
    const view = {
      interfaces: { ...interfaces, enp0s31f6: [v4('172.16.0.42')] },
      defaultRoutes: parseRoutes(both),
      defaultRoutes6: [],
    };
    expect(view.defaultRoutes).toEqual(['enp0s31f6', 'wlp2s0']);
    expect(chooseLanAddress(view)).toBe('172.16.0.42');
  });

  test('offline, serving its own hotspot (no default route): the Wi-Fi, still not the bridge', () => {
    const hotspot = {
      lo,
      docker0: [v4('172.17.0.1', '255.255.0.0')],
      wlp2s0: [v4('10.42.0.1'), v6('fe80::1c2b:3cff:fe4d:5e6f', 3)],
    };
    const view = { interfaces: hotspot, defaultRoutes: [], defaultRoutes6: [] };
    expect(chooseLanAddress(view)).toBe('10.42.0.1');
  });

  test('with only Docker and link-local addresses left, the links say localhost', () => {
    const view = {
      interfaces: {
        lo,
        docker0: [v4('172.17.0.1', '255.255.0.0')],
        // No DHCP answer: the Wi-Fi fell back to a self-assigned address.
        wlp2s0: [v4('169.254.23.7', '255.255.0.0'), v6('fe80::1c2b:3cff:fe4d:5e6f', 3)],
      },
      defaultRoutes: [],
      defaultRoutes6: [],
    };
    expect(chooseLanAddress(view)).toBeNull();
    expect(derivePublicUrl('0.0.0.0', 3000, view)).toBe('http://localhost:3000');
  });
});

test('in a container, the eth0 its default route goes out on', () => {
  const view: NetworkView = {
    interfaces: { lo, eth0: [v4('172.17.0.5', '255.255.0.0')] },
    defaultRoutes: parseRoutes(
      [
        ROUTE_HEADER,
        route('eth0', '00000000', '010011AC', '0003', 0, '00000000'),
        route('eth0', '000011AC', '00000000', '0001', 0, '0000FFFF'),
      ].join('\n'),
    ),
    defaultRoutes6: [],
  };
  expect(chooseLanAddress(view)).toBe('172.17.0.5');
});

test('a default route on an interface with only a link-local address is passed over', () => {
  const view: NetworkView = {
    interfaces: { lo, eth0: [v4('169.254.1.9', '255.255.0.0')], wlan0: [v4('192.168.0.7')] },
    defaultRoutes: ['eth0'],
    defaultRoutes6: [],
  };
  expect(chooseLanAddress(view)).toBe('192.168.0.7');
});

describe('IPv6', () => {
  // /proc/net/ipv6_route as the kernel writes it: the default route via eth0,
  // and the "unreachable" default every kernel keeps on lo.
  const routes6 = [
    'fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0',
    '00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000000000000000001 00000400 00000003 00000000 00000003     eth0',
    '00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo',
  ].join('\n');

  test('an IPv6-only network: the global address of the default route, in brackets', () => {
    const view: NetworkView = {
      interfaces: {
        lo,
        eth0: [v6('fe80::5054:ff:fe12:3456', 2), v6('fd00::20'), v6('2001:db8:1::20')],
      },
      defaultRoutes: [],
      defaultRoutes6: parseRoutes6(routes6),
    };
    expect(view.defaultRoutes6).toEqual(['eth0']);
    expect(chooseLanAddress(view)).toBe('2001:db8:1::20');
    expect(derivePublicUrl('::', 3000, view)).toBe('http://[2001:db8:1::20]:3000');
    // Listening on 0.0.0.0 the server takes no IPv6 connections: no link to give.
    expect(derivePublicUrl('0.0.0.0', 3000, view)).toBe('http://localhost:3000');
  });

  test('an IPv6 default route beside a private IPv4 on the same interface: the IPv4', () => {
    const view: NetworkView = {
      interfaces: { lo, eth0: [v6('2001:db8:1::20'), v4('192.168.8.3')] },
      defaultRoutes: [],
      defaultRoutes6: ['eth0'],
    };
    expect(chooseLanAddress(view)).toBe('192.168.8.3');
  });
});

test('a HOST other than 0.0.0.0 or :: is the address in the links', () => {
  const view: NetworkView = { interfaces: { lo }, defaultRoutes: [], defaultRoutes6: [] };
  expect(derivePublicUrl('127.0.0.1', 8080, view)).toBe('http://127.0.0.1:8080');
  expect(derivePublicUrl('::1', 8080, null)).toBe('http://[::1]:8080');
});

/** The source address the kernel picks towards an outside address (a connected UDP socket sends nothing). */
function kernelSourceAddress(): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.on('error', () => (socket.close(), resolve(null)));
    socket.connect(9, '203.0.113.1', () => {
      const { address } = socket.address();
      socket.close();
      resolve(address);
    });
  });
}

test('on this machine: the address the kernel itself sends from, one of its own, never loopback or link-local', async () => {
  const view = await readNetworkView();
  const chosen = chooseLanAddress(view);
  const kernel = await kernelSourceAddress();
  if (kernel === null) {
    // No IPv4 route out: the fallback, if any, is still a LAN address of this machine.
    expect(view.defaultRoutes).toEqual([]);
  } else {
    expect(chosen).toBe(kernel);
  }
  if (chosen !== null) {
    const own = Object.values(networkInterfaces()).flatMap((infos) =>
      (infos ?? []).map((i) => i.address),
    );
    expect(own).toContain(chosen);
    expect(chosen).not.toMatch(/^(127\.|169\.254\.|::1$|fe[89ab])/i);
  }
});

test('PUBLIC_URL, when set, is the base of the links, not the address listened on', async () => {
  const server = await startTestServer({ PUBLIC_URL: 'https://vote.example.org/' });
  try {
    expect(server.publicUrl).toBe('https://vote.example.org');
    const { code, links } = await createEvent(server.url);
    expect(links.join).toBe(`https://vote.example.org/e/${code}`);
  } finally {
    await server.dispose();
  }
});
