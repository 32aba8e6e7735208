// The part of markdown-it (a devDependency without bundled types) the review Markdown tests use.
declare module 'markdown-it' {
  export interface Token {
    type: string;
    tag: string;
    content: string;
    children: Token[] | null;
  }
  export default class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean });
    parse(src: string, env: object): Token[];
    render(src: string): string;
  }
}
