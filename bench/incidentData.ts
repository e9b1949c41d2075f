/**
 * Benchmark data for `npm run bench:incidents`: one tenant with 1,000,000 incidents over three
 * years in 7 förvaltningar (each with avdelningar and enheter), and the legal deadlines of the
 * significant ones and of those with personal data. The org tree and the users go through the
 * real services; the incidents are generated inside the database (`insert … select … from
 * generate_series`, seeded with setseed so every run builds the same data), because a million
 * audited service calls would take hours. Rows follow what the incident services write: status
 * consistent with the times, triage fields only on triaged incidents, deadlines as syncDeadlines
 * materialises them (NIS2 24 h / 72 h / a Stockholm calendar month after the notification; GDPR 72 h).
 */
import { sql } from 'drizzle-orm';
import { withSystem } from '../src/server/db/context.js';
import type { Database } from '../src/server/db/database.js';
import { makeTenant, type TestTenant } from '../src/server/testing/factories.js';

export const incidentSize = { incidents: 1_000_000, years: 3, forvaltningar: 7, avdelningar: 3, enheter: 2, reporters: 400 };

/**
 * What kinds of incident a municipality sees, and how often: RSIT type, cause, MSB categories,
 * chance of personal data, chance of being significant when severity is 3 or more, how much the
 * kind raises severity, and the affected aspects.
 */
const scenarios = [
  { weight: 0.27, type: 'phishing', cause: 'malicious_human', categories: 'attack', personalData: 0.04, significant: 0.02, bump: 0, aspects: 'K', title: 'Nätfiskemejl till medarbetare' },
  { weight: 0.08, type: 'spam', cause: 'malicious_human', categories: 'attack', personalData: 0, significant: 0, bump: 0, aspects: 'T', title: 'Våg av skräppost' },
  { weight: 0.14, type: 'data_leak', cause: 'non_malicious_human', categories: 'information_loss_or_leak,handling_error', personalData: 0.9, significant: 0.03, bump: 0, aspects: 'K', title: 'Felskickat e-postmeddelande med personuppgifter' },
  { weight: 0.09, type: 'data_loss', cause: 'non_malicious_human', categories: 'information_loss_or_leak', personalData: 0.5, significant: 0.02, bump: 0, aspects: 'K,T', title: 'Borttappad dator eller mobil' },
  { weight: 0.12, type: 'outage', cause: 'system_failure', categories: 'software_hardware_disruption', personalData: 0, significant: 0.1, bump: 0, aspects: 'T', title: 'Avbrott i verksamhetssystem' },
  { weight: 0.04, type: 'ddos', cause: 'malicious_human', categories: 'attack,blocked_access', personalData: 0, significant: 0.25, bump: 1, aspects: 'T', title: 'Överbelastningsattack mot e-tjänster' },
  { weight: 0.06, type: 'misconfiguration', cause: 'non_malicious_human', categories: 'operating_environment_disruption,handling_error', personalData: 0.1, significant: 0.05, bump: 0, aspects: 'T,R', title: 'Felkonfiguration vid ändring' },
  { weight: 0.06, type: 'unprivileged_account_compromise', cause: 'malicious_human', categories: 'attack,information_loss_or_leak', personalData: 0.3, significant: 0.1, bump: 1, aspects: 'K,S', title: 'Kapat användarkonto' },
  { weight: 0.04, type: 'infected_system', cause: 'malicious_human', categories: 'attack,software_hardware_disruption', personalData: 0.05, significant: 0.1, bump: 1, aspects: 'R,T', title: 'Skadlig kod på arbetsplatsdator' },
  { weight: 0.003, type: 'ransomware', cause: 'malicious_human', categories: 'attack,blocked_access,information_corruption', personalData: 0.6, significant: 0.9, bump: 2, aspects: 'K,R,T,S', title: 'Utpressningsprogram krypterade servrar' },
  { weight: 0.04, type: 'vulnerable_system', cause: 'unknown', categories: 'product_vulnerability', personalData: 0, significant: 0.02, bump: 0, aspects: 'K,R', title: 'Sårbarhet i publicerad tjänst' },
  { weight: 0.02, type: 'outage', cause: 'natural_event', categories: 'critical_infrastructure_disruption,operating_environment_disruption', personalData: 0, significant: 0.2, bump: 1, aspects: 'T', title: 'Strömavbrott efter storm' },
  { weight: 0.05, type: 'unauthorised_information_access', cause: 'non_malicious_human', categories: 'information_loss_or_leak', personalData: 0.95, significant: 0.02, bump: 0, aspects: 'K,S', title: 'Obehörig läsning i journal' },
  { weight: 0.037, type: 'undetermined', cause: 'unknown', categories: 'other_sudden_event', personalData: 0.05, significant: 0, bump: 0, aspects: '', title: 'Papper kvarglömda i skrivare' },
];

const rsitClassOf: Record<string, string> = {
  phishing: 'fraud', spam: 'abusive_content', data_leak: 'information_content_security', data_loss: 'information_content_security', outage: 'availability',
  ddos: 'availability', misconfiguration: 'availability', unprivileged_account_compromise: 'intrusions', infected_system: 'malicious_code', ransomware: 'malicious_code',
  vulnerable_system: 'vulnerable', unauthorised_information_access: 'information_content_security', undetermined: 'other',
};

export interface IncidentData {
  tenant: TestTenant;
  forvaltningIds: string[];
  unitCount: number;
  incidents: number;
  deadlines: number;
}

/** A SQL literal for values this file wrote itself (never user input). */
const literal = (value: string | number) => (typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`);

export async function generateIncidentData(database: Database, size = incidentSize): Promise<IncidentData> {
  const tenant = await makeTenant(database, `Incidentkommun ${Date.now().toString(36)}`);
  const forvaltningIds: string[] = [];
  // Units weighted by how many incidents they have: Socialförvaltningen and Utbildning are large.
  const weightedUnits: string[] = [];
  const forvaltningWeights = [6, 5, 3, 2, 2, 1, 1];
  for (let f = 1; f <= size.forvaltningar; f += 1) {
    const forvaltning = await tenant.unit(`Förvaltning ${f}`);
    forvaltningIds.push(forvaltning.id);
    const weight = forvaltningWeights[(f - 1) % forvaltningWeights.length]!;
    weightedUnits.push(...Array(weight).fill(forvaltning.id));
    for (let a = 1; a <= size.avdelningar; a += 1) {
      const avdelning = await tenant.unit(`Avdelning ${f}.${a}`, forvaltning.id, 'avdelning');
      weightedUnits.push(...Array(weight).fill(avdelning.id));
      for (let e = 1; e <= size.enheter; e += 1) weightedUnits.push(...Array(weight * 2).fill((await tenant.unit(`Enhet ${f}.${a}.${e}`, avdelning.id, 'enhet')).id));
    }
  }
  weightedUnits.push(...Array(2).fill(tenant.rootOrgUnitId)); // a few incidents in the kommunledning itself
  const unitCount = 1 + size.forvaltningar * (1 + size.avdelningar * (1 + size.enheter));

  const totalWeight = scenarios.reduce((sum, scenario) => sum + scenario.weight, 0);
  let bound = 0;
  const bounds = scenarios.slice(0, -1).map((scenario) => ((bound += scenario.weight) / totalWeight).toFixed(4));
  const column = (pick: (scenario: (typeof scenarios)[number]) => string | number, type: string) =>
    sql.raw(`(array[${scenarios.map((scenario) => literal(pick(scenario))).join(',')}]::${type}[])[s.sc]`);
  const sc = {
    type: column((scenario) => scenario.type, 'text'),
    rsitClass: column((scenario) => rsitClassOf[scenario.type]!, 'text'),
    cause: column((scenario) => scenario.cause, 'text'),
    categories: column((scenario) => scenario.categories, 'text'),
    personalData: column((scenario) => scenario.personalData, 'float8'),
    significant: column((scenario) => scenario.significant, 'float8'),
    bump: column((scenario) => scenario.bump, 'int'),
    aspects: column((scenario) => scenario.aspects, 'text'),
    title: column((scenario) => scenario.title, 'text'),
  };
  const units = sql.raw(`'{${weightedUnits.join(',')}}'::uuid[]`);
  const now = sql.raw(`'${new Date().toISOString()}'::timestamptz`);
  const spanDays = 365 * size.years;

  const counts = await withSystem(database, async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    await tx.execute(sql`insert into people (tenant_id, name, email, org_unit_id, title)
      select ${tenant.tenantId}, 'Anmälare ' || g, 'anmalare' || g || '@bench.example', (${units})[1 + (g % ${weightedUnits.length})], 'Handläggare'
      from generate_series(1, ${size.reporters}) g`);
    const reporters = sql`(select array_agg(id order by email) from people where tenant_id = ${tenant.tenantId} and email like 'anmalare%')`;
    // One row of draws per incident, then every column derived from them (times before status).
    await tx.execute(sql`create temp table bench_draws on commit drop as
      select g, random() r_aware, random() r_sc, random() r_unit, random() r_sev, random() r_sig, random() r_pd, random() r_occ, random() r_occ_len,
        random() r_det, random() r_tri, random() r_res, random() r_clo, random() r_rej, random() r_misc, random() r_channel, random() r_reporter
      from generate_series(1, ${size.incidents}) g`);
    await tx.execute(sql`create temp table bench_incidents on commit drop as
      with s as (
        select d.*, width_bucket(r_sc, ${sql.raw(`array[${bounds.join(',')}]::float8[]`)}) + 1 as sc,
          -- Denser towards today: incidents are reported more as the routine settles in.
          ${now} - interval '1 hour' - (power(r_aware, 1.15) * ${spanDays}) * interval '1 day' as aware_at
        from bench_draws d
      ),
      triaged as (
        select s.*, r_rej < 0.05 as rejected,
          s.aware_at + (-ln(1 - r_tri) * 6) * interval '1 hour' as triaged_at,
          least(4, (case when r_sev < 0.45 then 1 when r_sev < 0.8 then 2 when r_sev < 0.95 then 3 else 4 end) + ${sc.bump}) as severity
        from s
      ),
      timed as (
        select t.*,
          case when r_occ < 0.75 then t.aware_at - (-ln(1 - r_occ_len) * 18) * interval '1 hour' end as occurred_at,
          t.aware_at + (-ln(1 - r_res) * 10 * t.severity) * interval '1 hour' as resolve_at
        from triaged t
      )
      select t.*,
        case when t.occurred_at is not null then t.occurred_at + (t.aware_at - t.occurred_at) * r_det end as detected_at,
        t.resolve_at + (-ln(1 - r_clo) * 200) * interval '1 hour' as close_at,
        case
          when t.rejected then 'rejected'
          when t.triaged_at > ${now} then 'reported'
          when t.resolve_at > ${now} then case when t.severity = 4 and r_misc < 0.3 then 'escalated' when r_misc < 0.6 then 'in_progress' else 'triaged' end
          when t.resolve_at + (-ln(1 - r_clo) * 200) * interval '1 hour' > ${now} then case when r_misc < 0.5 then 'resolved' else 'root_cause_found' end
          else 'closed'
        end as status
      from timed t`);
    await tx.execute(sql`insert into incidents (tenant_id, year, serial, title, description, channel, reporter_id, org_unit_id, status, severity, escalation_level,
        rsit_class, rsit_type, categories, cause, aspects, personal_data, people_affected, records_affected, significant, significant_criteria, significant_explanation,
        gdpr_waived_reason, occurred_at, detected_at, aware_at, triaged_at, resolved_at, closed_at, created_at, updated_at)
      select ${tenant.tenantId}, year, row_number() over (partition by year order by aware_at, g), title,
        title || '. Upptäcktes av en medarbetare som kontaktade servicedesk; berörda system kontrollerades och användarna informerades om vad som hänt och vad de ska göra.',
        case when r_channel < 0.5 then 'web_form' when r_channel < 0.8 then 'servicedesk' when r_channel < 0.95 then 'technical_alarm' else 'phone' end,
        (${reporters})[1 + floor(r_reporter * ${size.reporters})::int], (${units})[1 + floor(r_unit * ${weightedUnits.length})::int], status,
        case when triaged then severity end, case when not triaged then 1 when severity = 4 then 3 + (r_misc < 0.2)::int when severity = 3 then 2 else 1 end,
        case when triaged then rsit_class end, case when triaged then rsit_type end,
        case when triaged and r_misc >= 0.04 then string_to_array(categories, ',') else '{}' end,
        case when triaged and r_misc >= 0.03 then cause end,
        case when triaged and aspects <> '' then string_to_array(aspects, ',') else '{}' end,
        personal_data, case when personal_data then floor(exp(r_occ_len * 7))::int end, case when personal_data then floor(exp(r_det * 10))::int end,
        significant, case when significant then case when r_sig < 0.03 then '{a,b}'::text[] else '{a}' end else '{}' end,
        case when significant then 'Allvarlig driftstörning för kommunens verksamhet.' end,
        case when personal_data and r_misc > 0.75 then 'Osannolikt att den medför en risk för de registrerades rättigheter.' end,
        occurred_at, detected_at, aware_at, case when triaged then triaged_at end,
        case when status in ('resolved', 'root_cause_found', 'closed') then resolve_at end, case when status = 'closed' then close_at end,
        aware_at, greatest(aware_at, least(${now}, coalesce(case when status = 'closed' then close_at end, triaged_at)))
      from (
        select s.*, not rejected and status <> 'reported' as triaged,
          extract(year from aware_at at time zone 'Europe/Stockholm')::int as year,
          not rejected and r_pd < ${sc.personalData} as personal_data,
          not rejected and status <> 'reported' and severity >= 3 and r_sig < ${sc.significant} as significant,
          ${sc.type} as rsit_type, ${sc.rsitClass} as rsit_class, ${sc.cause} as cause, ${sc.categories} as categories, ${sc.aspects} as aspects, ${sc.title} as title
        from bench_incidents s
      ) x`);
    return insertDeadlines(tx, tenant.tenantId, now);
  });
  // Fresh statistics and visibility maps, as autovacuum would have them on tables this size.
  await database.db.execute(sql`vacuum analyze incidents, incident_deadlines, people`);
  return { tenant, forvaltningIds, unitCount, incidents: size.incidents, deadlines: counts };
}

/**
 * The legal clocks of the significant incidents and of those with personal data: mostly reported
 * on time, some late, a few never; nothing is submitted before it could have been written.
 */
async function insertDeadlines(tx: Parameters<Parameters<typeof withSystem>[1]>[0], tenantId: string, now: ReturnType<typeof sql.raw>): Promise<number> {
  const stages = sql`
    select i.id, i.aware_at, 'nis2' as regime, 'early_warning' as stage, i.aware_at + interval '24 hours' as due_at, false as waived from incidents i where i.tenant_id = ${tenantId} and i.significant
    union all select i.id, i.aware_at, 'nis2', 'notification', i.aware_at + interval '72 hours', false from incidents i where i.tenant_id = ${tenantId} and i.significant
    union all select i.id, i.aware_at, 'gdpr', 'notification', i.aware_at + interval '72 hours', i.gdpr_waived_reason is not null from incidents i where i.tenant_id = ${tenantId} and i.personal_data`;
  const submittedAt = sql`case when waived then null
      when roll < 0.85 then due_at - (due_at - aware_at) * (random() * 0.7)
      when roll < 0.95 then due_at + random() * interval '48 hours' end`;
  await tx.execute(sql`insert into incident_deadlines (tenant_id, incident_id, regime, stage, starts_at, due_at, waived, submitted_at, reference, alerted_percent, created_at)
    select ${tenantId}, id, regime, stage, aware_at, due_at, waived, submitted, case when submitted is not null then 'CERT-SE-' || left(md5(id::text || stage), 8) end,
      case when submitted is null and due_at < ${now} and not waived then 100 else 0 end, aware_at
    from (select st.*, case when s.at <= ${now} then s.at end as submitted from (select *, random() roll from (${stages}) x) st
      cross join lateral (select ${submittedAt} as at) s) y`);
  // The final report: a Stockholm calendar month after the notification was submitted, provisional until then.
  await tx.execute(sql`insert into incident_deadlines (tenant_id, incident_id, regime, stage, starts_at, due_at, provisional, submitted_at, created_at)
    select ${tenantId}, n.incident_id, 'nis2', 'final_report', n.starts_at,
      ((coalesce(n.submitted_at, n.due_at) at time zone 'Europe/Stockholm') + interval '1 month') at time zone 'Europe/Stockholm', n.submitted_at is null,
      case when n.submitted_at is not null and random() < 0.9 then least(${now}, n.submitted_at + random() * interval '30 days') end, n.starts_at
    from incident_deadlines n where n.tenant_id = ${tenantId} and n.regime = 'nis2' and n.stage = 'notification'`);
  const [row] = ((await tx.execute(sql`select count(*)::int as n from incident_deadlines where tenant_id = ${tenantId}`)) as unknown as { rows: Array<{ n: number }> }).rows;
  return row!.n;
}
