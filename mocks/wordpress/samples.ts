// Test samples in WordPress 6.1's own output style: content.rendered HTML, a post with _embed, and hostile markup.

const UPLOADS = 'https://news.example.com/wp-content/uploads/2023/05';

/** A story body as WordPress 6.1 renders block-editor content (content.rendered). */
export const STORY_CONTENT = `
<p><strong>Update 5/22/23 at 9:21 a.m. ET:</strong> This story has been updated with comment from the harbour authority.</p>



<p>The Alder Street bridge reopened on Monday after <em>eleven weeks</em> of repairs, the council&#8217;s transport office said, and <a href="https://example.org/report.pdf">the engineers&#8217; report</a> found no further cracks.</p>



<h2 class="wp-block-heading">What changed</h2>



<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" src="${UPLOADS}/bridge-1024x683.jpg" alt="The bridge at dawn with traffic cones" class="wp-image-12" srcset="${UPLOADS}/bridge-1024x683.jpg 1024w, ${UPLOADS}/bridge-300x200.jpg 300w, ${UPLOADS}/bridge-768x512.jpg 768w, ${UPLOADS}/bridge.jpg 1600w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">Crews removed the last barriers at 5 a.m. Photo: Ines Varga/Harbour Press</figcaption></figure>



<blockquote class="wp-block-quote"><p>We are not done yet, but the bridge is safe.</p><cite>Ines Varga, harbour master</cite></blockquote>



<ul>
<li>Lanes reopen in both directions</li>
<li>The cycle path stays closed <strong>until June</strong></li>
</ul>



<ol>
<li>Check the <a href="/2023/05/20/ferry-timetable-changes/">new ferry timetable</a></li>
<li>Plan for delays</li>
</ol>



<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
https://twitter.com/paferries/status/1660000000000000000
</div></figure>



<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div><figcaption class="wp-element-caption">Drone footage of the reopening</figcaption></figure>



<div class="wp-block-group lede-cta"><div class="wp-block-group__inner-container">
<p>Do you have a tip about the bridge? Let us know via <a href="https://news.example.com/tips/">our tip line</a>.</p>
</div></div>



<p>UPDATE: The cycle path reopening date has been confirmed.</p>
`;

/** Markup written to do harm or to break a naive parser. Nothing of it may run or survive as markup. */
export const HOSTILE_CONTENT = `
<script>alert('script')</script>
<style>body { display: none }</style>
<p onclick="alert('p')">Click <a href="javascript:alert('js')">here</a> or <a href="JaVaScRiPt:alert(1)">there</a> or <a href="data:text/html,<script>alert(1)</script>">data</a> or <a href=" java&#x09;script:alert(1)">tab</a>.</p>
<iframe src="https://evil.example/"></iframe>
<svg onload="alert('svg')"><text>svg text</text></svg>
<img src="x" onerror="alert('img')">
<p>Before<object data="evil.swf">object text</object><embed src="evil.swf">after</p>
<form action="https://evil.example/"><input value="steal"><button>Send</button></form>
<div><p>Unclosed <em>emphasis <strong>and strong<p>next paragraph</div>
<a href="https://example.com/ok" onmouseover="alert(1)">safe link text</a>
<noscript><img src=x onerror=alert(1)></noscript>
<template><script>alert(1)</script></template>
<math><mi xlink:href="javascript:alert(1)">math</mi></math>
<p><a href="//evil.example/protocol-relative">protocol relative</a></p>
`;

/** One post of /wp/v2/posts?_embed as WordPress 6.1 answers it (trimmed to the fields Lede reads, plus a few it ignores). */
export function samplePost(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 41,
    date: '2023-05-21T18:05:00',
    date_gmt: '2023-05-21T22:05:00',
    modified: '2023-05-22T09:21:00',
    modified_gmt: '2023-05-22T13:21:00',
    slug: 'harbour-bridge-reopens',
    status: 'publish',
    type: 'post',
    link: 'https://news.example.com/2023/05/21/harbour-bridge-reopens/',
    title: { rendered: 'Council&#8217;s bridge reopens &amp; traffic returns' },
    content: { rendered: STORY_CONTENT, protected: false },
    excerpt: { rendered: '<p>The Alder Street bridge reopened after eleven weeks of repairs &#038; inspections [&hellip;]</p>\n', protected: false },
    author: 3,
    featured_media: 12,
    sticky: true,
    categories: [1, 5],
    tags: [9],
    _embedded: {
      author: [{ id: 3, name: 'Mara Lind', url: '', description: '', link: 'https://news.example.com/author/mara/', slug: 'mara' }],
      'wp:featuredmedia': [
        {
          id: 12,
          date: '2023-05-21T18:00:00',
          slug: 'bridge',
          type: 'attachment',
          title: { rendered: 'bridge' },
          caption: { rendered: '<p>The bridge at dawn on Monday.</p>\n' },
          alt_text: 'The Alder Street bridge at dawn',
          media_type: 'image',
          mime_type: 'image/jpeg',
          media_details: {
            width: 1600,
            height: 1067,
            file: '2023/05/bridge.jpg',
            filesize: 210_000,
            sizes: {
              medium: {
                file: 'bridge-300x200.jpg',
                width: 300,
                height: 200,
                filesize: 12_000,
                mime_type: 'image/jpeg',
                source_url: `${UPLOADS}/bridge-300x200.jpg`,
              },
              large: { file: 'bridge-1024x683.jpg', width: 1024, height: 683, mime_type: 'image/jpeg', source_url: `${UPLOADS}/bridge-1024x683.jpg` },
              thumbnail: {
                file: 'bridge-150x150.jpg',
                width: 150,
                height: 150,
                mime_type: 'image/jpeg',
                source_url: `${UPLOADS}/bridge-150x150.jpg`,
              },
              medium_large: {
                file: 'bridge-768x512.jpg',
                width: 768,
                height: 512,
                mime_type: 'image/jpeg',
                source_url: `${UPLOADS}/bridge-768x512.jpg`,
              },
              full: { file: 'bridge.jpg', width: 1600, height: 1067, mime_type: 'image/jpeg', source_url: `${UPLOADS}/bridge.jpg` },
            },
            image_meta: {
              aperture: '0',
              credit: 'INES VARGA/HARBOUR PRESS',
              camera: '',
              caption: '',
              created_timestamp: '0',
              copyright: '',
              focal_length: '0',
              iso: '0',
              shutter_speed: '0',
              title: '',
              orientation: '0',
              keywords: [],
            },
          },
          source_url: `${UPLOADS}/bridge.jpg`,
        },
      ],
      'wp:term': [
        [
          { id: 1, link: 'https://news.example.com/category/uncategorized/', name: 'Uncategorized', slug: 'uncategorized', taxonomy: 'category' },
          { id: 5, link: 'https://news.example.com/category/transport/', name: 'Roads &amp; Transport', slug: 'transport', taxonomy: 'category' },
        ],
        [{ id: 9, link: 'https://news.example.com/tag/alder-street/', name: 'Alder Street', slug: 'alder-street', taxonomy: 'post_tag' }],
      ],
    },
    ...overrides,
  };
}
