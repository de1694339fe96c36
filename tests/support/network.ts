import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import { useNetwork } from "../../shared/i18n/network.ts";

/** Every test runs for the default network (Schwerin's profile), as `npm start` does without NETWORK_PROFILE. */
useNetwork(readNetworkProfile());
