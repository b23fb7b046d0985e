// Posts with no written excerpt as WordPress 6.1.9 answers them: content.rendered and the excerpt.rendered it generates
// (get_the_excerpt, then the_excerpt: the first 55 words of the body without photos, galleries and embeds, then " [&hellip;]").
// Recorded from `npm run wordpress` by running those filters over each post_content, as the REST API does.

export interface GeneratedExcerptPost {
  /** What the post is like. */
  name: string;
  content: { rendered: string; protected: boolean };
  excerpt: { rendered: string; protected: boolean };
}

export const GENERATED_EXCERPT_POSTS: GeneratedExcerptPost[] = [
  {
    name: 'a block-editor story that opens with an update note, with a photo and a heading in its first 55 words',
    content: {
      rendered:
        '\n<p><strong>Update 5/22/23 at 9:21 a.m. ET:</strong> This story has been updated with comment from the harbour authority.</p>\n\n\n\n<p>The Alder Street bridge reopened on Monday after <em>eleven weeks</em> of repairs, the council&#8217;s transport office said, and <a href="https://example.org/report.pdf">the engineers&#8217; report</a> found no further cracks in the &#8220;main span&#8221;.</p>\n\n\n\n<figure class="wp-block-image size-large"><img decoding="async" src="https://news.example.com/wp-content/uploads/2023/05/bridge-1024x683.jpg" alt="The bridge at dawn" class="wp-image-12"/><figcaption class="wp-element-caption">Crews removed the last barriers at 5 a.m. Photo: Ines Varga/Harbour Press</figcaption></figure>\n\n\n\n<h2>What changed</h2>\n\n\n\n<p>Traffic returned to both lanes within an hour, and buses on routes 4 and 12 are back on their usual timetable. The cycle path stays closed until June while the railings are replaced.</p>\n\n\n\n<ul><li>Lanes reopen in both directions</li><li>The cycle path stays closed <strong>until June</strong></li></ul>\n\n',
      protected: false,
    },
    excerpt: {
      rendered:
        '<p>Update 5/22/23 at 9:21 a.m. ET: This story has been updated with comment from the harbour authority. The Alder Street bridge reopened on Monday after eleven weeks of repairs, the council&#8217;s transport office said, and the engineers&#8217; report found no further cracks in the &#8220;main span&#8221;. What changed Traffic returned to both lanes within an [&hellip;]</p>\n',
      protected: false,
    },
  },
  {
    name: 'a story that opens with a captioned photo and has an embed with a caption in its first 55 words',
    content: {
      rendered:
        '\n<figure class="wp-block-image size-large"><img decoding="async" src="https://news.example.com/wp-content/uploads/2023/05/ferry-1024x683.jpg" alt="A ferry at the quay" class="wp-image-20"/><figcaption class="wp-element-caption">The morning ferry leaves Westquay. JANE DOE/PORT PRESS</figcaption></figure>\n\n\n\n<p>Ferries between Westquay and Eastbank will run every twenty minutes from next week, the harbour authority said on Friday, after two new boats passed their sea trials.</p>\n\n\n\n<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/paferries/status/1660000000000000000\n</div><figcaption class="wp-element-caption">The authority&#8217;s announcement</figcaption></figure>\n\n\n\n<p>The new timetable adds eleven crossings a day. Season tickets keep their price until the end of the year, and the night ferry on Fridays and Saturdays continues as before, the authority added in a statement.</p>\n\n',
      protected: false,
    },
    excerpt: {
      rendered:
        '<p>Ferries between Westquay and Eastbank will run every twenty minutes from next week, the harbour authority said on Friday, after two new boats passed their sea trials. The new timetable adds eleven crossings a day. Season tickets keep their price until the end of the year, and the night ferry on Fridays and Saturdays continues [&hellip;]</p>\n',
      protected: false,
    },
  },
  {
    name: 'a post shorter than 55 words (WordPress adds no [&hellip;])',
    content: {
      rendered: '\n<p>The Lyric Theatre&#8217;s box office is closed on Tuesday for repairs. Tickets bought online are not affected.</p>\n\n',
      protected: false,
    },
    excerpt: {
      rendered: '<p>The Lyric Theatre&#8217;s box office is closed on Tuesday for repairs. Tickets bought online are not affected.</p>\n',
      protected: false,
    },
  },
  {
    name: 'a classic-editor post that opens with a [caption] photo',
    content: {
      rendered:
        '<div id="attachment_31" style="width: 650px" class="wp-caption alignnone"><img aria-describedby="caption-attachment-31" decoding="async" loading="lazy" class="size-large wp-image-31" src="https://news.example.com/wp-content/uploads/2023/05/market-640x480.jpg" alt="Stalls at the market" width="640" height="480" /><p id="caption-attachment-31" class="wp-caption-text">Stalls at the Saturday market. Photo by Leo Park</p></div>\n<p>The Saturday market on Quay Street will move to the old tram depot for the summer while the street is resurfaced, the council said.</p>\n<p>Traders have been promised the same pitch numbers, and the market&#8217;s opening hours stay the same: 8 a.m. to 2 p.m. every Saturday, with an extra Sunday market in August for the harbour festival and the regatta weekend.</p>\n',
      protected: false,
    },
    excerpt: {
      rendered:
        '<p>The Saturday market on Quay Street will move to the old tram depot for the summer while the street is resurfaced, the council said. Traders have been promised the same pitch numbers, and the market&#8217;s opening hours stay the same: 8 a.m. to 2 p.m. every Saturday, with an extra Sunday market in August for [&hellip;]</p>\n',
      protected: false,
    },
  },
];
