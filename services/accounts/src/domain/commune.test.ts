import { communeAddedV1, communeArchivedV1 } from '@fabrique/contracts';
import {
  announcement,
  archiveCommune,
  communeIdOf,
  createCommune,
  type Commune,
} from './commune.js';

const now = new Date('2026-11-03T09:30:00Z');
const later = new Date('2026-11-04T10:00:00Z');

describe('createCommune', () => {
  it('makes a live commune under its slug, announced by one added event', () => {
    const { commune, events } = createCommune(
      { name: 'Saint-Agnan-en-Vercors', postalCode: '26420' },
      now,
    );
    expect(commune).toEqual({
      id: 'saint-agnan-en-vercors',
      name: 'Saint-Agnan-en-Vercors',
      postalCode: '26420',
      archivedAt: null,
    });
    expect(events).toHaveLength(1);
    const event = communeAddedV1.schema.parse(events[0]);
    expect(event.type).toBe('fabrique.accounts.commune.added.v1');
    expect(event.subject).toBe('saint-agnan-en-vercors');
    expect(event.source).toBe('fabrique/accounts');
    expect(event.time).toBe('2026-11-03T09:30:00.000Z');
    expect(event.data).toEqual({
      communeId: 'saint-agnan-en-vercors',
      name: 'Saint-Agnan-en-Vercors',
      postalCode: '26420',
    });
  });

  it('folds accents and apostrophes out of the id', () => {
    expect(communeIdOf('L’Échelle-sur-Royans')).toBe('l-echelle-sur-royans');
  });
});

describe('announcement', () => {
  it('announces a commune stored without its event, under a fresh event id each time', () => {
    const echevis = { id: 'echevis', name: 'Échevis', postalCode: '26190' };
    const [first, ...rest] = announcement(echevis, now);
    expect(rest).toEqual([]);
    const event = communeAddedV1.schema.parse(first);
    expect(event.subject).toBe('echevis');
    expect(event.data).toEqual({ communeId: 'echevis', name: 'Échevis', postalCode: '26190' });
    expect(announcement(echevis, now)[0]?.id).not.toBe(event.id);
  });
});

describe('archiveCommune', () => {
  const bouvante: Commune = {
    id: 'bouvante',
    name: 'Bouvante',
    postalCode: '26190',
    archivedAt: null,
  };

  it('retires a live commune with one archived event naming who and when', () => {
    const { commune, events } = archiveCommune(bouvante, 'coord-1', now);
    expect(commune).toEqual({ ...bouvante, archivedAt: now });
    expect(bouvante.archivedAt).toBeNull();
    expect(events).toHaveLength(1);
    const event = communeArchivedV1.schema.parse(events[0]);
    expect(event.type).toBe('fabrique.accounts.commune.archived.v1');
    expect(event.subject).toBe('bouvante');
    expect(event.data).toEqual({
      communeId: 'bouvante',
      archivedBy: 'coord-1',
      archivedAt: '2026-11-03T09:30:00.000Z',
    });
  });

  it('changes nothing and says nothing when the commune is already archived', () => {
    const once = archiveCommune(bouvante, 'coord-1', now).commune;
    const twice = archiveCommune(once, 'coord-2', later);
    expect(twice.events).toEqual([]);
    expect(twice.commune).toBe(once);
    expect(twice.commune.archivedAt).toEqual(now);
  });
});
