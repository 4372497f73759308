/**
 * A frontend's day with the TypeScript client generated from the merged contract (typescript-fetch), against
 * the running platform through the gateway: browse anonymously, then as admin register two municipalities,
 * their partnership, an event and a news item about it, read them back, change a municipality with
 * If-Match, and meet the platform's errors as typed problem details. TypeScriptClientIT runs it.
 *
 *   TT_GATEWAY_URL=http://127.0.0.1:8080 TT_ADMIN_TOKEN=... node scenario.js
 *
 * Prints one line per step; the first failed check ends it with exit code 1.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  AttendanceMode,
  Configuration,
  EventKind,
  EventsApi,
  MunicipalitiesApi,
  MunicipalityKind,
  MunicipalityRequest,
  NewsApi,
  NewsItemRequestStatusEnum,
  PartnershipType,
  PartnershipsApi,
} from '../../../target/generated-test-sources/twintowns-ts-client';
import { expectProblem, present, step } from './checks';

const gatewayUrl = present(process.env.TT_GATEWAY_URL, 'TT_GATEWAY_URL (where the gateway listens)');
const adminToken = present(process.env.TT_ADMIN_TOKEN, 'TT_ADMIN_TOKEN (a bearer token with the admin role)');

const anonymous = new Configuration({ basePath: gatewayUrl });
const admin = new Configuration({ basePath: gatewayUrl, accessToken: adminToken });
// Every run names what it creates uniquely, so runs against one platform never meet.
const tag = randomUUID().slice(0, 8);

async function scenario(): Promise<void> {
  const publicMunicipalities = new MunicipalitiesApi(anonymous);
  const municipalities = new MunicipalitiesApi(admin);

  await step('anyone lists municipalities, one page at a time', async () => {
    const page = await publicMunicipalities.listMunicipalities({ country: 'DE', size: 5 });
    assert.equal(page.page, 0);
    assert.equal(page.size, 5);
    assert.ok((page.items ?? []).length <= 5, 'at most one page of items');
  });

  await step('a write without a token is a 401 problem', async () => {
    const problem = await expectProblem(401, publicMunicipalities.createMunicipality({
      municipalityRequest: { name: `Nowhere ${tag}`, kind: MunicipalityKind.City, country: 'DE' },
    }));
    assert.equal(problem.status, 401);
  });

  const jenaRequest: MunicipalityRequest = {
    name: `Jena ${tag}`, kind: MunicipalityKind.City, country: 'DE', subdivision: 'DE-TH',
  };
  const [jena, brovary] = await step('an admin registers two municipalities', async () => Promise.all([
    municipalities.createMunicipality({ municipalityRequest: jenaRequest }),
    municipalities.createMunicipality({
      municipalityRequest: { name: `Brovary ${tag}`, kind: MunicipalityKind.City, country: 'UA', subdivision: 'UA-32' },
    }),
  ]));
  const jenaId = present(jena.id, 'the new municipality\'s id');
  const brovaryId = present(brovary.id, 'the new municipality\'s id');

  await step('anyone finds them by name, whatever the case', async () => {
    const found = await publicMunicipalities.listMunicipalities({ name: tag.toUpperCase() });
    assert.deepEqual((found.items ?? []).map((m) => m.id).sort(), [jenaId, brovaryId].sort());
  });

  const partnership = await step('an admin records their partnership, safe to retry', async () => {
    const request = {
      partnershipRequest: {
        type: PartnershipType.Solidarity,
        participants: [{ municipalityId: jenaId }, { municipalityId: brovaryId }],
        topics: ['rehabilitation', 'fire-services'],
        sourceName: 'Stadt Jena press release',
      },
      idempotencyKey: `ts-client-${tag}`,
    };
    const partnerships = new PartnershipsApi(admin);
    const created = await partnerships.createPartnership(request);
    const retried = await partnerships.createPartnership(request);
    assert.equal(retried.id, created.id, 'the same Idempotency-Key and body get the first answer');
    return created;
  });
  const partnershipId = present(partnership.id, 'the new partnership\'s id');

  await step('anyone reads the partnership back', async () => {
    const read = await new PartnershipsApi(anonymous).getPartnership({ id: partnershipId });
    assert.equal(read.type, PartnershipType.Solidarity);
    assert.deepEqual((read.participants ?? []).map((p) => p.municipalityId).sort(), [jenaId, brovaryId].sort());
  });

  const startsAt = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 4, 12, 9));
  const visit = await step('an admin plans a visit', async () => new EventsApi(admin).createEvent({
    eventRequest: {
      title: { en: `Delegation from Brovary ${tag}`, de: `Delegation aus Brovary ${tag}` },
      kind: EventKind.DelegationVisit,
      attendanceMode: AttendanceMode.Online,
      joinUrl: `https://meet.example.org/${tag}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 24 * 3600 * 1000),
      timeZone: 'Europe/Berlin',
      organizers: [jenaId],
      participants: [brovaryId],
      partnerships: [partnershipId],
    },
  }));
  const visitId = present(visit.id, 'the new event\'s id');
  assert.equal(visit.startsAt?.getTime(), startsAt.getTime(), 'dates arrive as Date objects, unchanged');

  const news = await step('an admin publishes a news item about it', async () => new NewsApi(admin).createNewsItem({
    newsItemRequest: {
      headline: `Jena welcomes a delegation from Brovary ${tag}`,
      body: '<p>The delegation visits Jena for two days.</p>',
      language: 'en',
      status: NewsItemRequestStatusEnum.Published,
      issuerMunicipalityId: jenaId,
      relatedMunicipalityIds: [jenaId, brovaryId],
      relatedPartnershipIds: [partnershipId],
      relatedEventIds: [visitId],
    },
  }));

  await step('anyone finds the news item by its event', async () => {
    const page = await new NewsApi(anonymous).listNewsItems({ event: visitId });
    assert.deepEqual((page.items ?? []).map((n) => n.id), [news.id]);
  });

  await step('anyone reads the municipality\'s dossier with all of it', async () => {
    const dossier = await publicMunicipalities.getMunicipalityDossier({ id: jenaId, acceptLanguage: 'en' });
    assert.equal(dossier.municipality.data?.name, `Jena ${tag}`);
    assert.ok(dossier.partnerships.data?.items?.some((p) => p.id === partnershipId), 'the partnership is there');
    assert.ok(dossier.upcomingEvents.data?.items?.some((e) => e.id === visitId), 'the visit is there');
    assert.ok(dossier.news.data?.items?.some((n) => n.id === news.id), 'the news item is there');
  });

  await step('an admin changes a municipality with If-Match; a stale ETag is a 412 problem', async () => {
    const read = await municipalities.getMunicipalityRaw({ id: jenaId });
    const etag = present(read.raw.headers.get('ETag'), 'the ETag of a municipality read');
    const changed = await municipalities.updateMunicipalityRaw({
      id: jenaId, ifMatch: etag, municipalityRequest: { ...jenaRequest, population: 111_000, populationYear: 2024 },
    });
    assert.equal((await changed.value()).population, 111_000);
    assert.notEqual(changed.raw.headers.get('ETag'), etag, 'a change is a new version');
    await expectProblem(412, municipalities.updateMunicipality({
      id: jenaId, ifMatch: etag, municipalityRequest: { ...jenaRequest, population: 1, populationYear: 2024 },
    }));
    assert.equal((await municipalities.getMunicipality({ id: jenaId })).population, 111_000, 'the stale write changed nothing');
  });

  await step('invalid input is a 400 problem that names the field', async () => {
    const problem = await expectProblem(400, municipalities.createMunicipality({
      municipalityRequest: { name: `Nowhere ${tag}`, kind: MunicipalityKind.City, country: 'Germany' },
    }));
    assert.ok(problem.errors?.some((e) => e.field?.includes('country')), `the problem names the country: ${JSON.stringify(problem)}`);
  });
}

scenario().then(
  () => console.log(`scenario passed (${tag})`),
  (error: unknown) => {
    console.error(`scenario failed (${tag}):`, error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  },
);
