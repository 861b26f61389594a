/**
 * The base URL phones should use when PUBLIC_URL is not set. Listening on
 * every interface (HOST=0.0.0.0 or ::), that is the address of the interface
 * that carries the default route: the one on the room's Wi-Fi or LAN. The
 * first non-loopback address would often be a Docker bridge, a VM's network
 * or a link-local 169.254.x.x, none of which a phone can reach.
 *
 * The choice is a pure function of the interfaces and the default routes
 * (`chooseLanAddress`), so it is tested on the machines people have; reading
 * them from this machine is a separate step (`readNetworkView`).
 */
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export interface NetworkView {
  /** As `os.networkInterfaces()` gives them. */
  interfaces: Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>;
  /** Interfaces that carry an IPv4 default route, preferred (lowest metric) first. */
  defaultRoutes: readonly string[];
  /** Interfaces that carry an IPv6 default route, preferred first. */
  defaultRoutes6: readonly string[];
}

/** Virtual interfaces no phone is on: container bridges, VM networks, tunnels. */
const VIRTUAL =
  /^(docker|br-|veth|virbr|vnet|vmnet|vboxnet|cni|flannel|cali|weave|lxcbr|lxdbr|incusbr|podman|kube|tun|tap|wg|utun|tailscale|zt|vEthernet)/i;

const isLoopback4 = (a: string) => a.startsWith('127.');
const isLinkLocal4 = (a: string) => a.startsWith('169.254.');
const isPrivate4 = (a: string) =>
  a.startsWith('10.') || a.startsWith('192.168.') || /^172\.(1[6-9]|2\d|3[01])\./.test(a);
const isLinkLocal6 = (a: string) => /^fe[89ab]/i.test(a);
const isUniqueLocal6 = (a: string) => /^f[cd]/i.test(a);

function usable4(infos: readonly NetworkInterfaceInfo[] | undefined): string[] {
  return (infos ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address)
    .filter((a) => !isLoopback4(a) && !isLinkLocal4(a) && a !== '0.0.0.0');
}

/** Global addresses before unique-local ones (fd00::/8), both reachable on a LAN. */
function usable6(infos: readonly NetworkInterfaceInfo[] | undefined): string[] {
  const addresses = (infos ?? [])
    .filter((i) => i.family === 'IPv6' && !i.internal)
    .map((i) => i.address)
    .filter((a) => a !== '::1' && a !== '::' && !isLinkLocal6(a) && !a.startsWith('::ffff:'));
  return [
    ...addresses.filter((a) => !isUniqueLocal6(a)),
    ...addresses.filter((a) => isUniqueLocal6(a)),
  ];
}

/**
 * The address phones on the LAN can reach, or null when there is none (then
 * only this machine can use the links). In order:
 * 1. the IPv4 address of the interface with the IPv4 default route;
 * 2. with only an IPv6 default route (an IPv6-only network), that interface's
 *    private IPv4 if it has one, else its IPv6 address (only with `ipv6`:
 *    a server listening on 0.0.0.0 takes no IPv6 connections);
 * 3. with no default route at all (a laptop offline, or serving its own
 *    hotspot or a venue's Wi-Fi without internet), the first private IPv4 on
 *    an interface that is not a bridge, VM network or tunnel, then any other
 *    IPv4 on such an interface.
 * Never a loopback or link-local address.
 */
export function chooseLanAddress(view: NetworkView, ipv6 = true): string | null {
  for (const name of view.defaultRoutes) {
    const address = usable4(view.interfaces[name])[0];
    if (address) return address;
  }
  for (const name of view.defaultRoutes6) {
    const infos = view.interfaces[name];
    const address = usable4(infos).find(isPrivate4) ?? (ipv6 ? usable6(infos)[0] : undefined);
    if (address) return address;
  }
  const physical = Object.entries(view.interfaces)
    .filter(([name]) => !VIRTUAL.test(name))
    .flatMap(([, infos]) => usable4(infos));
  return physical.find(isPrivate4) ?? physical[0] ?? null;
}

/** `http://address:port`, brackets around an IPv6 address. */
export function urlOf(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

/** HOST=0.0.0.0 or ::, where the links must name an address phones can reach. */
export const listensEverywhere = (host: string) => host === '0.0.0.0' || host === '::';

/**
 * The public URL when PUBLIC_URL is not set: listening on every interface,
 * the LAN address of `view` (else localhost); else the address listened on.
 */
export function derivePublicUrl(host: string, port: number, view: NetworkView | null): string {
  if (!listensEverywhere(host)) return urlOf(host, port);
  return urlOf((view && chooseLanAddress(view, host === '::')) ?? 'localhost', port);
}

// ------------------------------------------------------- reading this machine

const RTF_UP = 0x0001;
const RTF_REJECT = 0x0200;

/**
 * Interfaces with an IPv4 default route in Linux's /proc/net/route (the
 * main table), lowest metric first. Columns: Iface Destination Gateway Flags
 * RefCnt Use Metric Mask ..., numbers in hex.
 */
export function parseRoutes(text: string): string[] {
  const routes: { name: string; metric: number }[] = [];
  for (const line of text.split('\n').slice(1)) {
    const [name, destination, , flags, , , metric, mask] = line.trim().split(/\s+/);
    if (!name || destination !== '00000000' || mask !== '00000000') continue;
    if ((parseInt(flags!, 16) & RTF_UP) === 0) continue;
    routes.push({ name, metric: parseInt(metric!, 16) });
  }
  return routes.sort((a, b) => a.metric - b.metric).map((r) => r.name);
}

/**
 * Interfaces with an IPv6 default route in /proc/net/ipv6_route, lowest
 * metric first. Columns: destination, prefix length, source, source prefix
 * length, next hop, metric, refcount, use, flags, interface. The kernel lists
 * an "unreachable" default on lo: a reject route, not a way out.
 */
export function parseRoutes6(text: string): string[] {
  const routes: { name: string; metric: number }[] = [];
  for (const line of text.split('\n')) {
    const [destination, length, , , , metric, , , flags, name] = line.trim().split(/\s+/);
    if (!name || !/^0{32}$/.test(destination!) || length !== '00') continue;
    const bits = parseInt(flags!, 16);
    if ((bits & RTF_UP) === 0 || (bits & RTF_REJECT) !== 0 || name === 'lo') continue;
    routes.push({ name, metric: parseInt(metric!, 16) });
  }
  return routes.sort((a, b) => a.metric - b.metric).map((r) => r.name);
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The source address the kernel would use towards `target`: connecting a UDP
 * socket sends nothing, it only picks the route. Null without such a route.
 */
function routeSource(type: 'udp4' | 'udp6', target: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = createSocket(type);
    const done = (address: string | null) => {
      socket.close();
      resolve(address);
    };
    socket.on('error', () => done(null));
    socket.connect(9, target, () => {
      try {
        done(socket.address().address);
      } catch {
        done(null);
      }
    });
  });
}

/** This machine's interfaces and default routes. */
export async function readNetworkView(): Promise<NetworkView> {
  const interfaces = networkInterfaces();
  const routes = readProc('/proc/net/route');
  if (routes !== null) {
    return {
      interfaces,
      defaultRoutes: parseRoutes(routes),
      defaultRoutes6: parseRoutes6(readProc('/proc/net/ipv6_route') ?? ''),
    };
  }
  // Not Linux (macOS, Windows): ask the kernel which address it would send
  // from to an outside address (documentation ranges; nothing is sent).
  const owner = (address: string | null) =>
    address === null
      ? []
      : Object.keys(interfaces).filter((name) =>
          interfaces[name]?.some((i) => i.address === address),
        );
  const [source4, source6] = await Promise.all([
    routeSource('udp4', '203.0.113.1'),
    routeSource('udp6', '2001:db8::1'),
  ]);
  return { interfaces, defaultRoutes: owner(source4), defaultRoutes6: owner(source6) };
}
