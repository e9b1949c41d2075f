/**
 * Realistic scanner reports for benchmarks and memory tests: a Nessus `.nessus` and a Greenbone
 * GMP XML report with N findings spread over H hosts, written as a stream (never the whole file
 * in memory) and deterministic (seeded), so every run measures the same bytes. Items carry what
 * real ones carry, about 1.5 KB each: description, solution, synopsis, plugin output, CVEs, CVSS
 * v2 and v3, references, and the occasional XML entity. Every (host, plugin, port) is distinct, so
 * the number of findings after merging equals `findings`.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface ScanFileSize {
  findings: number;
  hosts: number;
}

/** mulberry32: small, fast and good enough to vary generated text deterministically. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ('remote host service version vulnerable attacker request server certificate protocol cipher ' +
  'authentication buffer overflow injection denial arbitrary code execution privilege escalation configuration ' +
  'update patch vendor advisory network exposure sensitive information disclosure session token library module').split(' ');
const families = ['General', 'Web Servers', 'Windows', 'Misc.', 'Databases', 'Service detection', 'Ubuntu Local Security Checks', 'CGI abuses'];
const ports = [[22, 'ssh'], [80, 'www'], [443, 'www'], [445, 'cifs'], [3389, 'msrdp'], [5432, 'postgresql'], [8080, 'www'], [0, 'general']] as const;

interface Plugin {
  id: number;
  oid: string;
  name: string;
  family: string;
  cvss3: number | null;
  cvss2: number;
  cves: string[];
  synopsis: string;
  description: string;
  solution: string;
}

function sentence(random: () => number, length: number): string {
  const picked: string[] = [];
  for (let i = 0; i < length; i++) picked.push(words[Math.floor(random() * words.length)]!);
  return picked.join(' ');
}

/** A catalogue of 600 plugins, like a scanner's feed; findings draw from it. */
function pluginCatalogue(random: () => number): Plugin[] {
  const plugins: Plugin[] = [];
  for (let i = 0; i < 600; i++) {
    const cvss2 = Math.round(random() * 100) / 10;
    const hasV3 = random() < 0.7;
    const cveCount = Math.floor(random() * 4);
    const cves = Array.from({ length: cveCount }, () => `CVE-20${10 + Math.floor(random() * 15)}-${1000 + Math.floor(random() * 40000)}`);
    plugins.push({
      id: 10_000 + i * 37,
      oid: `1.3.6.1.4.1.25623.1.0.${100_000 + i * 13}`,
      name: `${sentence(random, 3)} ${i} <= ${1 + (i % 9)}.${i % 7} multiple vulnerabilities`,
      family: families[i % families.length]!,
      cvss3: hasV3 ? Math.round(random() * 100) / 10 : null,
      cvss2,
      cves,
      synopsis: `The ${sentence(random, 8)}.`,
      description: `${sentence(random, 24)}.\n\n${sentence(random, 12)} & "${sentence(random, 4)}".\n\nNote that ${sentence(random, 8)}.`,
      solution: `Upgrade to version ${1 + (i % 9)}.${(i % 7) + 1} or later. ${sentence(random, 12)}.`,
    });
  }
  return plugins;
}

/** Element text escapes &, < and >; attribute values also ", as scanners write them. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

const riskFactor = (score: number) => (score >= 9 ? 'Critical' : score >= 7 ? 'High' : score >= 4 ? 'Medium' : score > 0 ? 'Low' : 'None');
const nessusSeverity = (score: number) => (score >= 9 ? 4 : score >= 7 ? 3 : score >= 4 ? 2 : score > 0 ? 1 : 0);

/** Writes strings in ~1 MB batches, waiting when the disk is behind. */
class BatchedWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: WriteStream) {}
  async write(text: string) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }
  async flush() {
    if (!this.out.write(this.parts.join(''))) await once(this.out, 'drain');
    this.parts = [];
    this.size = 0;
  }
  async close() {
    await this.flush();
    this.out.end();
    await once(this.out, 'close');
  }
}

/** Spreads `findings` over `hosts` as evenly as possible, each host's items on distinct plugins. */
function* hostItems(size: ScanFileSize, catalogue: Plugin[], random: () => number) {
  const base = Math.floor(size.findings / size.hosts);
  const extra = size.findings % size.hosts;
  for (let h = 0; h < size.hosts; h++) {
    const count = base + (h < extra ? 1 : 0);
    const ip = `10.${(h >> 16) & 255}.${(h >> 8) & 255}.${h & 255}`;
    const name = `srv-${String(h).padStart(5, '0')}.kommun.example`;
    const start = Math.floor(random() * catalogue.length);
    const items = [];
    for (let i = 0; i < count; i++) {
      // Distinct (plugin, port) per host: walk the catalogue, and wrap onto another port.
      const plugin = catalogue[(start + i) % catalogue.length]!;
      const [port, service] = ports[(Math.floor(i / catalogue.length) + i) % ports.length]!;
      const output = `\n  ${sentence(random, 12)} : ${ip}:${port}\n  Version : ${1 + Math.floor(random() * 9)}.${Math.floor(random() * 20)}\n  ${sentence(random, 18)}\n`;
      items.push({ plugin, port, service, output });
    }
    yield { ip, name, items };
  }
}

export async function writeNessusFile(path: string, size: ScanFileSize): Promise<void> {
  const random = seededRandom(20240601);
  const catalogue = pluginCatalogue(random);
  const out = new BatchedWriter(createWriteStream(path));
  await out.write('<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>Kommunnät</policyName>\n<Preferences><ServerPreferences><preference><name>plugin_set</name>\n<value>10107;10287;11219</value>\n</preference>\n</ServerPreferences></Preferences></Policy>\n<Report name="Veckoskanning" xmlns:cm="http://www.nessus.org/cm">\n');
  for (const host of hostItems(size, catalogue, random)) {
    await out.write(`<ReportHost name="${host.name}"><HostProperties>\n<tag name="HOST_END">Mon Jun  3 02:14:09 2024</tag>\n<tag name="operating-system">Microsoft Windows Server 2019</tag>\n<tag name="host-ip">${host.ip}</tag>\n<tag name="host-fqdn">${host.name}</tag>\n<tag name="netbios-name">${host.name.slice(0, 9).toUpperCase()}</tag>\n<tag name="HOST_START">Mon Jun  3 01:58:31 2024</tag>\n</HostProperties>\n`);
    for (const { plugin, port, service, output } of host.items) {
      const score = plugin.cvss3 ?? plugin.cvss2;
      const lines = [
        `<ReportItem port="${port}" svc_name="${service}" protocol="tcp" severity="${nessusSeverity(score)}" pluginID="${plugin.id}" pluginName="${escapeAttribute(plugin.name)}" pluginFamily="${plugin.family}">`,
        '<agent>all</agent>',
        plugin.cvss3 === null ? '' : `<cvss3_base_score>${plugin.cvss3.toFixed(1)}</cvss3_base_score>\n<cvss3_vector>CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N</cvss3_vector>`,
        `<cvss_base_score>${plugin.cvss2.toFixed(1)}</cvss_base_score>\n<cvss_vector>CVSS2#AV:N/AC:L/Au:N/C:P/I:P/A:N</cvss_vector>`,
        ...plugin.cves.map((cve) => `<cve>${cve}</cve>`),
        `<description>${escapeText(plugin.description)}</description>`,
        `<fname>plugin_${plugin.id}.nasl</fname>\n<plugin_modification_date>2024/02/12</plugin_modification_date>`,
        `<plugin_name>${escapeText(plugin.name)}</plugin_name>\n<plugin_publication_date>2019/03/05</plugin_publication_date>\n<plugin_type>remote</plugin_type>`,
        `<risk_factor>${riskFactor(score)}</risk_factor>\n<script_version>1.${plugin.id % 40}</script_version>`,
        `<see_also>https://www.tenable.com/plugins/nessus/${plugin.id}</see_also>`,
        `<solution>${escapeText(plugin.solution)}</solution>\n<synopsis>${escapeText(plugin.synopsis)}</synopsis>`,
        `<xref>IAVA:2024-A-${plugin.id % 1000}</xref>`,
        `<plugin_output>${escapeText(output)}</plugin_output>`,
        '</ReportItem>\n',
      ];
      await out.write(lines.join('\n'));
    }
    await out.write('</ReportHost>\n');
  }
  await out.write('</Report>\n</NessusClientData_v2>\n');
  await out.close();
}

export async function writeOpenvasFile(path: string, size: ScanFileSize): Promise<void> {
  const random = seededRandom(20240602);
  const catalogue = pluginCatalogue(random);
  const out = new BatchedWriter(createWriteStream(path));
  const uuid = () => Array.from({ length: 4 }, () => Math.floor(random() * 0xffffffff).toString(16).padStart(8, '0')).join('-');
  await out.write(`<report id="${uuid()}" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml"><owner><name>admin</name></owner><name>Veckoskanning</name><comment/><creation_time>2024-06-03T01:58:31Z</creation_time><report_format id="a994b278-1f62-11e1-96ac-406186ea4fc5"><name>XML</name></report_format>\n<report id="${uuid()}"><gmp><version>22.4</version></gmp><scan_run_status>Done</scan_run_status><hosts><count>${size.hosts}</count></hosts><vulns><count>${size.findings}</count></vulns><task id="${uuid()}"><name>Kommunnät</name></task>\n<results start="1" max="-1">\n`);
  const hosts: { ip: string; name: string }[] = [];
  for (const host of hostItems(size, catalogue, random)) {
    hosts.push({ ip: host.ip, name: host.name });
    for (const { plugin, port, output } of host.items) {
      const score = plugin.cvss3 ?? plugin.cvss2;
      const severities = plugin.cvss3 === null ? '' : `<severities score="${plugin.cvss3.toFixed(1)}"><severity type="cvss_base_v3"><origin/><date>2023-11-02T10:00:00Z</date><score>${plugin.cvss3.toFixed(1)}</score><value>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N</value></severity></severities>`;
      const refs = plugin.cves.map((cve) => `<ref type="cve" id="${cve}"/>`).join('') + `<ref type="url" id="https://www.greenbone.net/nvt/${plugin.oid}"/>`;
      await out.write(
        `<result id="${uuid()}"><name>${escapeText(plugin.name)}</name><owner><name>admin</name></owner><modification_time>2024-06-03T02:10:00Z</modification_time><comment/><creation_time>2024-06-03T02:10:00Z</creation_time>` +
          `<host>${host.ip}<asset asset_id="${uuid()}"/><hostname>${host.name}</hostname></host><port>${port === 0 ? 'general/tcp' : `${port}/tcp`}</port>` +
          `<nvt oid="${plugin.oid}"><type>nvt</type><name>${escapeText(plugin.name)}</name><family>${plugin.family}</family><cvss_base>${score.toFixed(1)}</cvss_base>${severities}` +
          `<tags>cvss_base_vector=AV:N/AC:L/Au:N/C:P/I:P/A:N|summary=${escapeText(plugin.synopsis)}|insight=${escapeText(plugin.description)}|affected=${sentence(random, 6)}|impact=${sentence(random, 10)}|vuldetect=Checks if a vulnerable version is present on the target host.|solution_type=VendorFix</tags>` +
          `<solution type="VendorFix">${escapeText(plugin.solution)}</solution><refs>${refs}</refs></nvt>` +
          `<scan_nvt_version>2024-02-12T05:05:26Z</scan_nvt_version><threat>${riskFactor(score) === 'Critical' ? 'High' : riskFactor(score)}</threat><severity>${score.toFixed(1)}</severity>` +
          `<qod><value>80</value><type>remote_banner</type></qod><description>${escapeText(output)}</description><original_threat>${riskFactor(score)}</original_threat><original_severity>${score.toFixed(1)}</original_severity><compliance>undefined</compliance></result>\n`,
      );
    }
  }
  await out.write('</results>\n<result_count>' + size.findings + '<full>' + size.findings + '</full></result_count>\n');
  for (const host of hosts) {
    await out.write(`<host><ip>${host.ip}</ip><asset asset_id="${uuid()}"/><start>2024-06-03T01:58:31Z</start><end>2024-06-03T02:14:09Z</end><detail><name>hostname</name><value>${host.name}</value></detail><detail><name>best_os_txt</name><value>Microsoft Windows Server 2019</value></detail></host>\n`);
  }
  await out.write('<scan_end>2024-06-03T02:14:09Z</scan_end></report>\n</report>\n');
  await out.close();
}
