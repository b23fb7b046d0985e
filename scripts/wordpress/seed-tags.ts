// The WordPress tags each fixture story gets (Lede's fixtures have topics only; a newsroom also tags people, places, things).
import { popularSlugs } from '../../mocks/fixtures/stories';

/** The editor-chosen tag that marks this week's most-read stories (the "popular by tag" setting). */
export const MOST_READ_TAG = 'Most read';

const tagsBySlug: Record<string, string[]> = {
  'airport-fog-delays': ['Fennick Airport', 'Weather'],
  'alder-river-flood-defences': ['Alder River', 'Flooding', 'Weather'],
  'cannery-food-hall-opens': ['Old Cannery', 'Food and drink', 'Waterfront'],
  'council-budget-vote': ['Port Alder City Council', 'Budget', 'Libraries'],
  'council-election-count': ['Port Alder City Council', 'Elections'],
  'cycle-lane-trial': ['Cycling', 'Westquay'],
  'data-centre-cooling-plan': ['Data centres', 'Fennick', 'Planning'],
  'enzyme-plastic-breakthrough': ['Halloran University', 'Plastics'],
  'ferry-contract-tender': ['Ferries', 'Port Alder City Council'],
  'film-festival-lineup': ['Alder Film Festival', 'Waterfront'],
  'harbour-bridge-reopens': ['Harbour Bridge', 'Cycling', 'Westquay'],
  'harbour-concert-orchestra': ['Alder Philharmonic', 'Waterfront'],
  'harbour-half-marathon-record': ['Running', 'Waterfront'],
  'heatwave-water-restrictions': ['Heatwave', 'Weather', 'Water'],
  'kelp-forest-restoration': ['Marrow Island', 'Oceans'],
  'library-reopens-restoration': ['Libraries', 'Heritage'],
  'lighthouse-museum-opens': ['Kittering Point', 'Heritage', 'Museums'],
  'mariners-promotion-clinched': ['Port Alder Mariners', 'Football'],
  'night-bus-cuts': ['Buses', 'Alder Valley Transport'],
  'observatory-comet-discovery': ['Brennock Observatory', 'Astronomy'],
  'offshore-wind-approval': ['Wind power', 'Planning'],
  'orchard-frost-harvest': ['Farming', 'Weather'],
  'regatta-abandoned-storm': ['Alder Regatta', 'Weather', 'Coastguard'],
  'robotics-championship': ['Schools', 'Robotics'],
  'rural-broadband-rollout': ['Broadband', 'Calder Ridge'],
  'shipyard-reopens-jobs': ['Corran Shipyard', 'Jobs'],
  'storm-surge-flood-watch': ['Alder River', 'Flooding', 'Weather', 'Coastguard'],
  'tenants-rent-rise-protest': ['Housing', 'Port Alder City Council'],
  'tip-line-scam-warning': ['Scams', 'Police'],
  'tram-line-extension-approved': ['Trams', 'Eastbank', 'Alder Valley Transport'],
};

/** A story's tag names: its own, plus "Most read" for the week's ranking. Throws for a story without a row here. */
export function tagsFor(slug: string): string[] {
  const tags = tagsBySlug[slug];
  if (!tags) throw new Error(`No WordPress tags for fixture story "${slug}": add a row to scripts/wordpress/seed-tags.ts`);
  return popularSlugs.includes(slug) ? [...tags, MOST_READ_TAG] : tags;
}

/** WordPress's slug for a tag or user name ("Port Alder City Council" → "port-alder-city-council"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
