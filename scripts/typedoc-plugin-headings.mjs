// @ts-check
/**
 * A typedoc plugin: headings keep their code spans in the page's contents and in their anchors.
 *
 * typedoc takes a heading's text for the on-page contents from its `text` tokens only, so
 * "May these units merge? (`tinh-gon/plan`)" showed as "May these units merge? ()". This adds,
 * after each inline code span of a heading, a hidden `text` token with the code's text: typedoc
 * reads it, the page renders the `<code>` span alone.
 */

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Options are read again after the plugins load: set the loader once they are.
  app.on('bootstrapEnd', () => app.options.setValue('markdownItLoader', markdownItLoader));
}

/** @param {any} parser - typedoc's markdown-it instance. */
function markdownItLoader(parser) {
    parser.core.ruler.push('heading-code-text', (/** @type {any} */ state) => {
      const tokens = state.tokens;
      for (let index = 1; index < tokens.length; index += 1) {
        const token = tokens[index];
        if (token.type !== 'inline' || tokens[index - 1].type !== 'heading_open' || !token.children) continue;
        const children = [];
        for (const child of token.children) {
          children.push(child);
          if (child.type === 'code_inline') {
            const text = new state.Token('text', '', 0);
            text.content = child.content;
            text.meta = { hidden: true };
            children.push(text);
          }
        }
        token.children = children;
      }
    });
    const renderText = parser.renderer.rules.text;
    parser.renderer.rules.text = (/** @type {any[]} */ tokens, /** @type {number} */ index, ...rest) =>
      tokens[index].meta?.hidden ? '' : renderText(tokens, index, ...rest);
}
