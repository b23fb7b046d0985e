<?php
// Installs WordPress non-interactively (wp_install) and seeds it from the spec that scripts/wordpress/seed-spec.ts wrote.
// Usage: php seed.php install <docroot> <home>, then media, sizes (in parallel: <job> <jobs>) and posts, each <docroot> <spec.json>.
// Separate processes on purpose: install needs WP_INSTALLING, which the others must not have; image sizes (GD) are the
// slow part and run in parallel, one attachment per job, so ids and files come out the same on every run.

if (PHP_SAPI !== 'cli' || $argc < 4) {
    fwrite(STDERR, "usage: php seed.php install|media|sizes|posts <docroot> <home|spec.json> [job jobs]\n");
    exit(2);
}
[, $lede_mode, $lede_docroot, $lede_arg] = $argv;
define('ABSPATH', rtrim($lede_docroot, '/') . '/');
$lede_home = $lede_mode === 'install' ? $lede_arg : json_decode(file_get_contents($lede_arg), true)['home'];
$lede_host = parse_url($lede_home, PHP_URL_HOST) . ':' . parse_url($lede_home, PHP_URL_PORT);
$_SERVER['HTTP_HOST'] = $lede_host;
$_SERVER['SERVER_NAME'] = parse_url($lede_home, PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

if ($lede_mode === 'install') {
    define('WP_INSTALLING', true);
}
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/post.php';

function lede_fail($message) {
    fwrite(STDERR, "seed.php: $message\n");
    exit(1);
}

if ($lede_mode === 'install') {
    // A fixed local-only admin password, so the install is reproducible; this WordPress listens on 127.0.0.1 only.
    $result = wp_install('Port Alder Herald', 'admin', 'admin@example.com', true, '', 'lede-local-admin');
    if (empty($result['user_id'])) lede_fail('wp_install did not create the admin user');
    update_option('blogdescription', 'News from Port Alder and the Alder Valley');
    update_option('timezone_string', 'America/New_York');
    update_option('gmt_offset', '');
    update_option('date_format', 'F j, Y');
    update_option('time_format', 'g:i a');
    // Remove the "Hello world!" post, its comment, the sample page and the privacy-policy draft.
    foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $post) {
        wp_delete_post($post->ID, true);
    }
    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure('/%postname%/');
    flush_rewrite_rules(false);
    echo "installed\n";
    exit(0);
}

if (!in_array($lede_mode, ['media', 'sizes', 'posts'], true)) lede_fail("unknown mode $lede_mode");
$spec = json_decode(file_get_contents($lede_arg), true);
if (!is_array($spec)) lede_fail('cannot read the seed spec');
// As the admin (who has unfiltered_html on a single site, like a newsroom's editors), so kses keeps the markup as written.
wp_set_current_user(1);
global $wpdb;

/** Attachment ids by photo id, and user ids by login, read back from the database (written by the media step). */
function lede_media_ids() {
    global $wpdb;
    $rows = $wpdb->get_results("SELECT post_id, meta_value FROM {$wpdb->postmeta} WHERE meta_key = '_lede_photo_id'");
    $ids = [];
    foreach ($rows as $row) $ids[$row->meta_value] = (int) $row->post_id;
    return $ids;
}
function lede_user_id($login) {
    $user = get_user_by('login', $login);
    if (!$user) lede_fail("unknown author $login");
    return $user->ID;
}
function lede_term_ids($slugs, $taxonomy) {
    return array_map(function ($slug) use ($taxonomy) {
        $term = get_term_by('slug', $slug, $taxonomy);
        if (!$term) lede_fail("unknown $taxonomy $slug");
        return (int) $term->term_id;
    }, $slugs);
}

if ($lede_mode === 'media') {
    foreach ($spec['users'] as $user) {
        $id = wp_insert_user([
            'user_login' => $user['login'],
            'user_nicename' => $user['login'],
            'user_pass' => 'lede-local-' . $user['login'],
            'user_email' => $user['email'],
            'display_name' => $user['name'],
            'nickname' => $user['name'],
            'description' => $user['description'],
            'role' => 'author',
            'user_registered' => '2023-01-01 00:00:00',
        ]);
        if (is_wp_error($id)) lede_fail('user ' . $user['login'] . ': ' . $id->get_error_message());
    }
    foreach ([['category', $spec['categories']], ['post_tag', $spec['tags']]] as [$taxonomy, $list]) {
        foreach ($list as $term) {
            $made = wp_insert_term($term['name'], $taxonomy, ['slug' => $term['slug'], 'description' => $term['description'] ?? '']);
            if (is_wp_error($made)) lede_fail("$taxonomy {$term['slug']}: " . $made->get_error_message());
        }
    }
    // Every photo is uploaded as its story's desk would: in the story's year/month folder, by its first author.
    $scratch = get_temp_dir() . 'lede-seed-' . getmypid() . '/';
    wp_mkdir_p($scratch);
    $count = 0;
    foreach ($spec['posts'] as $post) {
        $date = get_date_from_gmt($post['dateGmt']);
        foreach ($post['media'] as $item) {
            $tmp = $scratch . $item['photoId'] . '.webp';
            if (!copy($item['file'], $tmp)) lede_fail("cannot read {$item['file']}");
            $file = ['name' => $item['photoId'] . '.webp', 'tmp_name' => $tmp];
            $upload = wp_handle_sideload($file, ['test_form' => false], $date);
            if (isset($upload['error'])) lede_fail("upload {$item['photoId']}: {$upload['error']}");
            $id = wp_insert_attachment([
                'post_mime_type' => $upload['type'],
                'post_title' => $item['title'],
                'post_excerpt' => $item['caption'],
                'post_content' => '',
                'post_status' => 'inherit',
                'post_author' => lede_user_id($post['author']),
                'post_date' => $date,
                'post_date_gmt' => $post['dateGmt'],
            ], $upload['file'], 0, true);
            if (is_wp_error($id)) lede_fail("attachment {$item['photoId']}: " . $id->get_error_message());
            update_post_meta($id, '_wp_attachment_image_alt', $item['alt']);
            update_post_meta($id, '_lede_photo_id', $item['photoId']);
            $count++;
        }
    }
    @rmdir($scratch);
    printf("users, terms and %d photos uploaded\n", $count);
    exit(0);
}

if ($lede_mode === 'sizes') {
    $job = (int) ($argv[4] ?? 0);
    $jobs = max(1, (int) ($argv[5] ?? 1));
    $credits = [];
    foreach ($spec['posts'] as $post) {
        foreach ($post['media'] as $item) $credits[$item['photoId']] = $item;
    }
    $index = 0;
    foreach (lede_media_ids() as $photo_id => $id) {
        if ($index++ % $jobs !== $job) continue;
        $meta = wp_generate_attachment_metadata($id, get_attached_file($id));
        // WordPress 6.1 reads IPTC/EXIF credit only from JPEG and TIFF; for WebP the credit is set the way a plugin would.
        $meta['image_meta']['credit'] = $credits[$photo_id]['credit'];
        $meta['image_meta']['caption'] = $credits[$photo_id]['caption'];
        wp_update_attachment_metadata($id, $meta);
    }
    exit(0);
}

$media = lede_media_ids();
foreach ($spec['posts'] as $post) {
    $content = preg_replace_callback('/\{\{lede:image-(id|url):([a-z0-9-]+)\}\}/', function ($m) use ($media) {
        $id = $media[$m[2]] ?? lede_fail("image {$m[2]} was not uploaded");
        return $m[1] === 'id' ? (string) $id : wp_get_attachment_image_url($id, 'large');
    }, $post['content']);
    $id = wp_insert_post([
        'post_type' => 'post',
        'post_name' => $post['slug'],
        'post_title' => $post['title'],
        'post_excerpt' => $post['excerpt'],
        'post_content' => $content,
        'post_status' => $post['status'],
        'post_author' => lede_user_id($post['author']),
        'post_date' => get_date_from_gmt($post['dateGmt']),
        'post_date_gmt' => $post['dateGmt'],
        'comment_status' => 'closed',
        'ping_status' => 'closed',
    ], true);
    if (is_wp_error($id)) lede_fail("post {$post['slug']}: " . $id->get_error_message());
    wp_set_object_terms($id, lede_term_ids($post['categories'], 'category'), 'category');
    wp_set_object_terms($id, lede_term_ids($post['tags'], 'post_tag'), 'post_tag');
    if ($post['featured']) set_post_thumbnail($id, $media[$post['featured']]);
    if ($post['sticky']) stick_post($id);
    foreach ($post['media'] as $item) {
        $wpdb->update($wpdb->posts, ['post_parent' => $id], ['ID' => $media[$item['photoId']]]);
    }
    // WordPress stamps post_modified with "now"; the fixture's updatedAt is the truth, and the photos share their post's.
    $modified = ['post_modified' => get_date_from_gmt($post['modifiedGmt']), 'post_modified_gmt' => $post['modifiedGmt']];
    $wpdb->update($wpdb->posts, $modified, ['ID' => $id]);
    foreach ($post['media'] as $item) {
        $wpdb->update($wpdb->posts, ['post_modified' => get_date_from_gmt($post['dateGmt']), 'post_modified_gmt' => $post['dateGmt']], ['ID' => $media[$item['photoId']]]);
    }
    clean_post_cache($id);
}
$wpdb->query("DELETE FROM {$wpdb->postmeta} WHERE meta_key = '_lede_photo_id'");
wp_cache_flush();
printf("seeded %d posts with %d photos\n", count($spec['posts']), count($media));
