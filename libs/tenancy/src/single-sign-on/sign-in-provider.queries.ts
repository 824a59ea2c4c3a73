import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';
import { SignInProvider } from './single-sign-on.entities.js';

/** What sign-in by password asks of the school's identity provider. */
@Injectable()
export class SignInProviderQueries {
  constructor(private readonly em: EntityManager) {}

  /** The current school's provider's name when its staff may sign in only with it (their passwords refused), else null. */
  async staffOnlyProvider(): Promise<string | null> {
    const provider = await this.em.findOne(SignInProvider, { schoolId: RequestContext.schoolId()! }, { fields: ['displayName', 'staffPasswordSignIn'] });
    return provider && !provider.staffPasswordSignIn ? provider.displayName : null;
  }
}
