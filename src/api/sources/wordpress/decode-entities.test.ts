// Entities in titles, captions, excerpts and term names decode to plain text, and no markup gets through as markup.
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './decode-entities';

describe('decodeEntities', () => {
  it('decodes numeric, hex and named entities as WordPress writes them', () => {
    expect(decodeEntities('Council&#8217;s plan &amp; the harbour &#038; more')).toBe('Council’s plan & the harbour & more');
    expect(decodeEntities('&#x2019;&#X201C;quoted&#x201D; &eacute;t&eacute; &hellip; &nbsp;&mdash;&copy;')).toBe('’“quoted” été … \u00a0—©');
    expect(decodeEntities('&lt;b&gt;not bold&lt;/b&gt;')).toBe('<b>not bold</b>');
  });

  it('keeps literal text, including angle brackets, exactly', () => {
    expect(decodeEntities('Roads & Transport')).toBe('Roads & Transport');
    expect(decodeEntities('a <b>tag</b> & <script>x()</script>')).toBe('a <b>tag</b> & <script>x()</script>');
    expect(decodeEntities('&unknown; &#0; &#xFFFFFF;')).toBe('&unknown; \ufffd \ufffd');
  });
});

describe('htmlToText', () => {
  it('reads rendered HTML as text: tags dropped, entities decoded, whitespace collapsed', () => {
    expect(htmlToText('<p>The bridge at dawn &#8211; <em>Monday</em>.</p>\n')).toBe('The bridge at dawn – Monday.');
    expect(htmlToText('Council&#8217;s bridge reopens &amp; traffic returns')).toBe('Council’s bridge reopens & traffic returns');
    expect(htmlToText('<p>One</p><p>Two<br>Three</p>')).toBe('One Two Three');
  });

  it('drops scripts and styles with their content, and runs nothing', () => {
    expect(htmlToText('Title<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>!')).toBe('Title!');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });
});
