/**
 * Page object for the API explorer (Swagger UI inside a Lectern page), so the
 * e2e tests read as what a reader does: open an operation, authorize, execute.
 */
import type { Locator, Page } from 'playwright-core';

export interface LiveResponse {
  status: number;
  body: string;
}

export class ExplorerPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Swagger UI has rendered operations into a Lectern explorer. */
  async ready(timeout = 15_000): Promise<void> {
    await this.page.locator('.lectern-explorer .opblock').first().waitFor({ timeout });
  }

  operation(tag: string, operationId: string): Locator {
    return this.page.locator(`#operations-${tag}-${operationId}`);
  }

  async expand(tag: string, operationId: string): Promise<Locator> {
    const op = this.operation(tag, operationId);
    if (!(await op.evaluate((el) => el.classList.contains('is-open')))) await op.locator('.opblock-summary-control').click();
    await op.locator('.opblock-body').waitFor();
    return op;
  }

  /** Fills the given parameters, presses Execute and returns the live response. */
  async execute(tag: string, operationId: string, params: Record<string, string> = {}): Promise<LiveResponse> {
    const op = await this.expand(tag, operationId);
    for (const [name, value] of Object.entries(params)) {
      await op.locator(`tr[data-param-name="${name}"] input`).fill(value);
    }
    const clear = op.locator('.btn-clear');
    if (await clear.count()) await clear.click();
    await op.locator('.btn.execute').click();
    const status = op.locator('.live-responses-table .response .response-col_status');
    await status.waitFor({ timeout: 15_000 });
    const code = Number((await status.innerText()).trim().slice(0, 3));
    const cell = op.locator('.live-responses-table tbody .response-col_description');
    // the status cell renders before the highlighted body; 204 and errors may have no body
    const pre = cell.locator('.highlight-code pre');
    await pre.waitFor({ timeout: 3_000 }).catch(() => undefined);
    return { status: code, body: (await pre.count()) ? await pre.innerText() : await cell.innerText() };
  }

  /** The text Swagger UI shows for a request that threw. */
  async responseError(tag: string, operationId: string): Promise<string> {
    const cell = this.operation(tag, operationId).locator('.live-responses-table tbody .response-col_description');
    await cell.waitFor({ timeout: 15_000 });
    return cell.innerText();
  }

  private async openAuthorize(): Promise<Locator> {
    await this.page.locator('.scheme-container .btn.authorize').click();
    const modal = this.page.locator('.dialog-ux .modal-ux');
    await modal.waitFor();
    return modal;
  }

  private async closeAuthorize(modal: Locator): Promise<void> {
    await modal.locator('button.btn-done').first().click();
    await modal.waitFor({ state: 'detached' });
  }

  async authorizeBasic(username: string, password: string): Promise<void> {
    const modal = await this.openAuthorize();
    const form = modal.locator('form', { has: this.page.locator('#auth-basic-username') });
    await form.locator('#auth-basic-username').fill(username);
    await form.locator('#auth-basic-password').fill(password);
    await form.locator('button[aria-label="Apply credentials"]').click();
    await this.closeAuthorize(modal);
  }

  /** The Bearer scheme (added by the explorer where OAuth2 is accepted): paste a token. */
  async authorizeBearer(token: string): Promise<void> {
    const modal = await this.openAuthorize();
    const form = modal.locator('form', { has: this.page.locator('#auth-bearer-value') });
    await form.locator('#auth-bearer-value').fill(token);
    await form.locator('button[aria-label="Apply credentials"]').click();
    await this.closeAuthorize(modal);
  }

  /** OAuth2 password grant: the token request goes to the mock while the mock server is selected. */
  async authorizePassword(username: string, password: string, clientId: string): Promise<string> {
    const modal = await this.openAuthorize();
    await modal.locator('#oauth_username').fill(username);
    await modal.locator('#oauth_password').fill(password);
    await modal.locator('#client_id_password').fill(clientId);
    await modal.locator('a[data-all="true"]').first().click();
    await modal.locator('button[aria-label="Apply given OAuth2 credentials"]').click();
    // either the scheme shows "Authorized" with a Logout button, or an error line
    await modal.locator('.auth-container').filter({ hasText: 'OAuth2' }).locator('button.btn-done, .errors').first().waitFor();
    const errors = await modal.locator('.auth-container .errors').allInnerTexts();
    await this.closeAuthorize(modal);
    return errors.join('\n');
  }

  async selectServer(indexOrLabel: number | string): Promise<void> {
    const select = this.page.locator('.servers select');
    if (typeof indexOrLabel === 'number') await select.selectOption({ index: indexOrLabel });
    else await select.selectOption({ label: indexOrLabel });
  }
}
