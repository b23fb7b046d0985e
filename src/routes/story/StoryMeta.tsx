// A story's metadata, kept current on client-side navigation: description, canonical, Open Graph and Twitter card
// tags and NewsArticle JSON-LD, built from the same data the page shows (the page renders its title itself).
import { useContext } from 'react';
import type { Story } from '../../api/story';
import { PageMetaTags } from '../../components/PageMetaTags';
import { SiteOriginContext } from '../../components/site-origin';
import { storyMeta } from '../../model/page-meta';

export function StoryMeta({ story }: { story: Story }) {
  const origin = useContext(SiteOriginContext);
  return <PageMetaTags meta={storyMeta(story, origin)} withTitle={false} />;
}
