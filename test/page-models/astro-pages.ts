/**
 * Renders a page's template with a given model through Astro's container API, without building the
 * site: a Vite server in SSR mode with the project's Astro config compiles the .astro files. The
 * models are plain data, so they cross from the test's modules into the server's as props.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';

export interface PageRenderer {
  render(page: string, model: unknown): Promise<string>;
  close(): Promise<void>;
}

export async function pageRenderer(): Promise<PageRenderer> {
  const config = await getViteConfig({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error' })({ command: 'serve', mode: 'development' });
  const server: ViteDevServer = await createServer({ ...config, configFile: false });
  const container = await AstroContainer.create();
  return {
    async render(page, model) {
      const mod = (await server.ssrLoadModule(page)) as { default: Parameters<typeof container.renderToString>[0] };
      return container.renderToString(mod.default, { props: { model } });
    },
    close: () => server.close(),
  };
}
