import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, ParseId, Roles, type Principal } from '@ptc/platform';
import { ApiCredentialCreatedView, ApiCredentialView, CreateApiCredentialDto, ThirdPartyView } from './api-credential.dto.js';
import { ApiCredentialsService } from './api-credentials.service.js';

@ApiTags('admin: third-party access')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/api-credentials')
export class ApiCredentialsController {
  constructor(private readonly credentials: ApiCredentialsService) {}

  @Post()
  @Operation({ id: 'createApiCredential', summary: 'Let a named third party read some of the school’s data (the secret is shown once)', status: 201, type: ApiCredentialCreatedView })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateApiCredentialDto) {
    return this.credentials.create(principal, dto);
  }

  @Get()
  @Operation({ id: 'listApiCredentials', summary: 'The school’s API credentials with their last use', type: [ApiCredentialView] })
  list() {
    return this.credentials.list();
  }

  @Post(':id/revoke')
  @Operation({ id: 'revokeApiCredential', summary: 'End a third party’s access at once', type: ApiCredentialView })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.credentials.revoke(principal, id);
  }
}

@ApiTags('school')
@ApiBearerAuth()
@Roles('school_admin', 'teacher', 'parent')
@Controller('school/third-parties')
export class SchoolThirdPartiesController {
  constructor(private readonly credentials: ApiCredentialsService) {}

  @Get()
  @Operation({ id: 'listThirdParties', summary: 'The companies the school lets read some of its data in PTC, and what for', type: [ThirdPartyView] })
  list(@CurrentPrincipal() principal: Principal) {
    return this.credentials.activeThirdParties(principal.schoolId!);
  }
}
