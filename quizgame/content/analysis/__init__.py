"""Article analysis: promos, attributions, secondhand and unsourced claims, loaded terms. No Flask here."""
