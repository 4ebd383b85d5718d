/**
 * Common nouns written in capitals, and technical standards, that are no names (the names
 * guidelines: "Technical standards are not names (USB-C, Wi-Fi, Thunderbolt, HDMI)";
 * "abbreviations of common nouns"). The tagger takes many of them for organisations or other
 * names on technology, shopping and finance pages ("the HDMI port", "a JSON file", "an
 * FPGA"). Applied to a whole mention only (`typedByEvidence`): a mention that is one of them,
 * its plural ("GPUs") or a connector's variant ("USB-C", "USB-PD") is dropped.
 *
 * The list is the project's own, written by kind (below) from the common vocabulary of
 * computing, electronics, telecoms, advertising, finance and medicine, not from any one
 * evaluation page; a word that is also an organisation's or a place's usual name in news
 * (IRA, the Irish Republican Army; DC, the District of Columbia; PR, Puerto Rico; AP; IT)
 * is left out, and so is a product or brand (iPhone, Xbox), which the guidelines mark; so are
 * time zones, which CoNLL-2003 marks as other names ("1800 GMT": dropping them cost 4 of its
 * dev names).
 */
import { codeAt } from './chars';

const KINDS = [
  // Connectors, ports, buses and display links.
  'USB HDMI DVI VGA SATA PCIe NVMe',
  // Wireless and network standards and protocols.
  'Bluetooth Ethernet Thunderbolt Wi-Fi WiFi WLAN LAN WAN LTE NFC RFID GPS VPN DNS TCP UDP HTTP HTTPS FTP SSH SMTP IMAP IP IRC VoIP SMS MMS',
  // Computing parts and chips.
  'CPU GPU APU NPU MCU FPGA ASIC SoC RAM DRAM SRAM VRAM ROM EEPROM SSD HDD NAS BIOS UEFI GPIO ADC DAC PCB',
  // Displays, screens and picture formats.
  'LCD LED OLED AMOLED IPS HDR UHD HD TV HDTV 4K 8K 3D 2D VR AR XR',
  // Software, data formats and web terms.
  'API SDK IDE GUI UI UX OS JSON XML HTML CSS SQL URL PDF JPEG PNG GIF SVG CSV MP3 MP4 DRM RTL HDL SSO SSL TLS CMS CRM ERP SaaS PII',
  // Media, telecoms and consumer electronics.
  'DVD CD VOD OTT PC AC',
  // Advertising and marketing measures.
  'CTR CPM CPC CPA ROI KPI SEO RTB',
  // Finance and business.
  'IPO ETF GDP CEO CFO COO CTO CIO CMO HR B2B B2C',
  // Medicine and science.
  'DNA RNA ECG EKG MRI ICU',
  // Vehicles, energy and units.
  'SUV EV GT HVAC RWD AWD FWD PV GW MW KW kW GWh MWh kWh MPH mph FPS fps GB TB MB GHz MHz',
  // Artificial intelligence.
  'AI ML',
];

const WORDS = new Set(KINDS.flatMap((k) => k.split(' ')));

/** The longest of WORDS: a longer text (or part before a space or dash) is none of them. */
const LONGEST = Math.max(...[...WORDS].map((w) => w.length));

/** Whether `c` is an ASCII digit. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether a mention's whole text is a common noun in capitals or a standard ("HDMI", "GPUs", "USB-C"). */
export function isCommonAbbreviation(text: string): boolean {
  // Most names are longer than any of the words or have no digit after their space: settled
  // by their lengths and a character or two, before any part of them is cut and looked up.
  if (text.length <= LONGEST && WORDS.has(text)) return true;
  // A plural ("GPUs", "APIs", "SUVs").
  if (text.length <= LONGEST + 1 && text.endsWith('s') && WORDS.has(text.slice(0, -1))) return true;
  // A standard's version ("Thunderbolt 3", "USB 3.0").
  const space = text.indexOf(' ');
  if (space > 0) {
    const version = text.length - space - 1;
    if (space > LONGEST || (version !== 1 && version !== 3) || !isDigit(codeAt(text, space + 1))) return false;
    return WORDS.has(text.slice(0, space)) && /^\d(?:\.\d)?$/u.test(text.slice(space + 1));
  }
  // A connector's or standard's variant: "USB-C", "USB-A", "USB-PD".
  const dash = text.indexOf('-');
  if (dash <= 0 || dash > LONGEST || text.length - dash - 1 > 2) return false;
  return WORDS.has(text.slice(0, dash)) && /^[A-Z0-9]{1,2}$/u.test(text.slice(dash + 1));
}
