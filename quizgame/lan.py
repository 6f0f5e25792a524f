"""The address students' phones use to reach this machine on the school network.

A demo served on 0.0.0.0 listens everywhere, but "0.0.0.0" or "127.0.0.1" in a join link or QR
code leads a phone nowhere: the link must carry the machine's own address on the local network.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable

# Private addresses that are almost never this machine's own: connecting a UDP socket towards one
# sends no packet, but makes the system pick the interface (and so the address) it would route by.
_PROBES = ("10.254.254.254", "192.168.254.254", "172.31.254.254")
ALL_INTERFACES = ("0.0.0.0", "::", "")


def _routed_address(target: str) -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect((target, 9))
        except OSError:  # no route at all: an offline machine
            return None
        return str(probe.getsockname()[0])


def _hostname_addresses() -> Iterable[str]:
    try:
        return socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        return ()


def usable(address: str | None) -> bool:
    """An IPv4 address another device could connect to: not loopback, not unspecified, not link-local."""
    if not address:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified or ip.is_link_local or ip.is_multicast)


def lan_address(
    routed: Callable[[str], str | None] = _routed_address,
    hostname_addresses: Callable[[], Iterable[str]] = _hostname_addresses,
) -> str | None:
    """This machine's address on the local network, or None when it has none (no network)."""
    for target in _PROBES:
        address = routed(target)
        if usable(address):
            return address
    return next((address for address in hostname_addresses() if usable(address)), None)


def public_host(bind_host: str, find: Callable[[], str | None] = lan_address) -> str:
    """The host to print and encode for a server bound to `bind_host`: the LAN address when it
    listens on every interface, else the host it was told (127.0.0.1 stays local on purpose)."""
    if bind_host in ALL_INTERFACES:
        return find() or "127.0.0.1"
    return bind_host
