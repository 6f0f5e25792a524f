"""The address a demo on the school network prints and puts in join links: the machine's own
address on the local network, never 0.0.0.0 or loopback."""

from __future__ import annotations

from quizgame.lan import lan_address, public_host, usable


def test_the_routed_address_is_used_when_it_is_a_real_network_address():
    assert lan_address(routed=lambda target: "192.168.1.20", hostname_addresses=lambda: ["10.0.0.9"]) == "192.168.1.20"


def test_without_a_route_the_hostnames_first_usable_address_is_used():
    found = lan_address(routed=lambda target: None, hostname_addresses=lambda: ["127.0.1.1", "169.254.3.3", "10.0.0.9"])
    assert found == "10.0.0.9"


def test_an_offline_machine_has_no_lan_address():
    assert lan_address(routed=lambda target: "127.0.0.1", hostname_addresses=lambda: ["127.0.0.1"]) is None


def test_this_machine_has_a_usable_address_or_says_it_has_none():
    found = lan_address()
    assert found is None or usable(found)


def test_every_interface_is_shown_as_the_lan_address_and_a_named_host_as_itself():
    assert public_host("0.0.0.0", find=lambda: "192.168.1.20") == "192.168.1.20"
    assert public_host("::", find=lambda: "192.168.1.20") == "192.168.1.20"
    assert public_host("0.0.0.0", find=lambda: None) == "127.0.0.1"
    assert public_host("127.0.0.1", find=lambda: "192.168.1.20") == "127.0.0.1"
    assert public_host("10.1.2.3", find=lambda: "192.168.1.20") == "10.1.2.3"


def test_only_addresses_another_device_can_reach_are_usable():
    assert usable("192.168.1.20") and usable("10.0.0.9")
    assert not any(usable(a) for a in ("127.0.0.1", "0.0.0.0", "169.254.1.1", "224.0.0.1", "", None, "not-an-ip"))
