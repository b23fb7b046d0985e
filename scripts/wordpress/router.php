<?php
// Router for PHP's built-in server: WordPress from Debian's /usr/share/wordpress with Lede's own wp-config.php and pretty permalinks.
// The document root is a directory of symlinks into /usr/share/wordpress plus our wp-config.php and wp-content/.
// Defining ABSPATH here makes wp-load.php read the wp-config.php in the document root, not Debian's /etc/wordpress lookup.

$lede_root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
if (!defined('ABSPATH')) {
    define('ABSPATH', $lede_root . '/');
}
$lede_path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?: '/');
if (strpos($lede_path, '..') !== false || strpos($lede_path, "\0") !== false) {
    http_response_code(400);
    return true;
}
$lede_file = $lede_root . $lede_path;
if (is_dir($lede_file)) {
    if (substr($lede_path, -1) !== '/') {
        $lede_query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
        header('Location: ' . $lede_path . '/' . ($lede_query ? '?' . $lede_query : ''), true, 301);
        return true;
    }
    $lede_path .= 'index.php';
    $lede_file .= 'index.php';
}
if (is_file($lede_file)) {
    // Static files (wp-content uploads, wp-includes scripts, wp-admin styles): the built-in server sends them itself.
    if (substr($lede_file, -4) !== '.php') {
        // Uploads answer CORS, as a newsroom's media CDN does: the app's worker keeps offline only photos it can read
        // (docs/decisions/029). The built-in server drops headers set before `return false`, so they are sent here.
        if (strpos($lede_path, '/wp-content/uploads/') === 0) {
            header('Access-Control-Allow-Origin: *');
            header('Content-Type: ' . (mime_content_type($lede_file) ?: 'application/octet-stream'));
            header('Content-Length: ' . filesize($lede_file));
            if ($_SERVER['REQUEST_METHOD'] !== 'HEAD') {
                readfile($lede_file);
            }
            return true;
        }
        return false;
    }
    $lede_script = $lede_path;
} else {
    // Pretty permalinks: anything else is WordPress's front controller (posts, /wp-json/, feeds, 404s).
    $lede_file = $lede_root . '/index.php';
    $lede_script = '/index.php';
}
// WordPress's own answers gzipped, as a web server in front of it would send them (not the static files above: the
// built-in server sends those itself, and compressing them breaks the length it announces).
ini_set('zlib.output_compression', '1');
$_SERVER['SCRIPT_NAME'] = $lede_script;
$_SERVER['PHP_SELF'] = $lede_script;
$_SERVER['SCRIPT_FILENAME'] = $lede_file;
chdir(dirname($lede_file));
unset($lede_root, $lede_path, $lede_query);
require $lede_file;
