/**
 * Everything the build reads from the environment, in one place, so a deploy (GitHub Pages,
 * a fork, a preview) changes the URLs by setting variables, never by editing code.
 * Read by astro.config.mjs and by the pages at build time. (DATA_DIR is the loader's: src/data/data-dir.ts.)
 */
import { directoryPath } from './path.ts';

const env = process.env;

/** Origin the site is published at (canonical URLs, sitemap). */
export const SITE_URL = env.SITE_URL || 'https://hoi-lhpn-ha-noi.github.io';
/** Path prefix under SITE_URL; defaults to the GitHub Pages project path so links are base-aware from day one. */
export const BASE_PATH = directoryPath(env.BASE_PATH ?? '/de-an-04/');

/** Where "Sửa dữ liệu" links send an editor. */
export const REPO_URL = (env.REPO_URL || 'https://github.com/hoi-lhpn-ha-noi/de-an-04').replace(/\/+$/, '');
export const REPO_BRANCH = env.REPO_BRANCH || 'main';

export const SITE_NAME = 'Đề án 04/ĐA-BCH';
export const SITE_TAGLINE = 'Theo dõi đào tạo, bồi dưỡng Chủ tịch Hội LHPN xã, phường, thị trấn Hà Nội 2012–2016';
